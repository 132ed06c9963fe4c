// Generated from data/lexicons/en/boilerplate.txt by scripts/generate-lexicons. Do not edit.
extension LexiconData {
    static let boilerplate: StaticString = #####"""
# Page furniture around an article (openings of such lines, case-insensitive). A short block
# that starts with one of these is boilerplate. Attribute scope=rest: everything after it is
# boilerplate too (comment sections); scope=list: the short title-like lines after it are
# boilerplate (a list of links), until a normal paragraph. Attribute at=any: the phrase may stand anywhere in a
# line of at most five words (`4 min read`). Read by: structure (block roles), HTML extraction.
about the author
leave a reply	scope=rest
leave a comment	scope=rest
post a comment	scope=rest
comments	scope=rest
add a comment	scope=rest
your email address will not be published
required fields are marked
cancel reply
share this
share this article
share on
share via
follow us
follow me
subscribe
sign up
sign in
log in
newsletter
advertisement
sponsored
related articles	scope=list
related stories	scope=list
related posts	scope=list
related
read more
read next	scope=list
more from	scope=list
more stories	scope=list
recommended	scope=list
you may also like	scope=list
you might also like	scope=list
most read	scope=list
most popular	scope=list
trending	scope=list
all rights reserved
copyright
click here
tap here
skip to content
skip advertisement
cookie
we use cookies
accept cookies
privacy policy
terms of use
terms of service
previous article
next article
previous post
next post
tags
topics
filed under
posted in
print this
email this
whatsapp
facebook
twitter
linkedin
telegram
keep reading
continue reading
©
listen to this article
min read	at=any
minute read	at=any
minutes read	at=any
"""#####
}
