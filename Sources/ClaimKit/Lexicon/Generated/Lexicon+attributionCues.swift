// Generated from data/lexicons/en/attribution_cues.txt by scripts/generate-lexicons. Do not edit.
extension LexiconData {
    static let attributionCues: StaticString = #####"""
# Attribution cues: verbs and phrases that introduce what someone said, wrote or holds.
# One line per verb (all its forms). Attributes:
#   obj=1       the verb takes an addressee or object before the content (`told CNBC that …`,
#               `accuse North Korea of …`); the object is skipped, a media name becomes the medium.
#   addressee=1 the object is the listener and is skipped (`told reporters that …`).
#   prep=1      the speaker follows the cue (`according to X`).
#   doc=1       evidential: only a document-like subject counts (`the poll shows …`).
#   belief=1    a stance verb: attributed only with a named or resolvable subject.
#   speech=1    a plain verb of saying: any noun phrase next to it is the source, named or
#               not (`the email said`, `said one district leader`, an unresolved `he said`).
#   inf=1       a following `to` and verb belong to the cue (`continued to call for`), as in
#               PolNeAR, which marks them so on every occurrence in its train split.
#   of=1        a following `of` belongs to the cue (`warned of`, `boasted of`).
# Multi-word forms are matched token by token. Read by: attribution.
said|say|says|saying	speech=1
told|tell|tells|telling	obj=1	addressee=1	speech=1
according to	prep=1
added|add|adds|adding	speech=1
wrote|write|writes|writing	speech=1
noted|note|notes|noting	speech=1
stated|stating	speech=1
explained|explain|explains|explaining	speech=1
argued|argue|argues|arguing
claimed|claim|claims|claiming
insisted|insist|insists|insisting
warned|warn|warns|warning	of=1
announced|announce|announces|announcing
declared|declare|declares|declaring
pointed out|point out|points out|pointing out
emphasized|emphasised|emphasize|emphasise|emphasizes|emphasises|emphasizing|emphasising
underlined|underline|underlines|underlining
stressed|stresses|stressing
denied|deny|denies|denying
accused|accuse|accuses|accusing	obj=1
acknowledged|acknowledge|acknowledges|acknowledging
admitted|admit|admits|admitting
confirmed|confirm|confirms|confirming
reported|reports|reporting
tweeted|tweet|tweets|tweeting	speech=1
posted
suggested|suggest|suggests|suggesting
predicted|predict|predicts|predicting
estimated|estimate|estimates|estimating
asserted|assert|asserts|asserting
contended|contend|contends|contending
maintained|maintain|maintains|maintaining
recalled|recall|recalls|recalling	speech=1
concluded|conclude|concludes|concluding
observed|observes|observing
remarked
replied|reply|replies|replying	speech=1
responded|respond|responds|responding
answered
countered
agreed|agree|agrees|agreeing
complained|complain|complains|complaining	of=1
alleged|allege|alleges|alleging
revealed|reveal|reveals|revealing
disclosed|disclose|discloses|disclosing
conceded|concede|concedes|conceding
cautioned|caution|cautions|cautioning
urged|urge|urges|urging	obj=1
asked|ask|asks|asking	obj=1	addressee=1
thanked|thank|thanks|thanking	obj=1
promised|promises
pledged|pledge|pledges|pledging
vowed|vow|vows|vowing
threatened|threaten|threatens|threatening
boasted|boast|boasts|boasting	of=1
joked|joke|jokes|joking
wondered|wonder|wonders|wondering
speculated|speculate|speculates|speculating
believes|believe|believed|believing	belief=1
thinks|think	belief=1
expects|expect|expected	belief=1
hopes|hope|hoped	belief=1
fears|fear|feared	belief=1
shows|show|showed|shown	doc=1
found|finds	doc=1
indicates|indicate|indicated	doc=1
# Stance and evaluation verbs PolNeAR counts as attributions (`criticized X`, `called for X`).
called|calls|calling	obj=1
called on|calls on|calling on
described|describe|describes|describing	obj=1
continued	obj=1	inf=1
declined|decline|declines|declining
endorsed|endorse|endorses|endorsing	obj=1
criticized|criticised|criticize|criticise|criticizes|criticises|criticizing|criticising	obj=1
referring to|referred to|refers to|refer to
citing|cited|cite|cites
defended|defend|defends|defending	obj=1
praised|praises|praising	obj=1
proposed|propose|proposes|proposing
refused|refuse|refuses|refusing
supported|support|supports|supporting|backed|backing	obj=1
opposed|oppose|opposes|opposing	obj=1
questioned|questioning	obj=1
dismissed|dismiss|dismisses|dismissing	obj=1
blamed|blame|blames|blaming	obj=1
rejected|reject|rejects|rejecting	obj=1
attacked|attacking	obj=1
blasted|blasting	obj=1
slammed|slamming	obj=1
mocked|mocks|mocking	obj=1
denounced|denounce|denounces|denouncing	obj=1
condemned|condemn|condemns|condemning	obj=1
reiterated|reiterate|reiterates|reiterating
repeated
mentioned|mention|mentions|mentioning
highlighted|highlight|highlights|highlighting
lamented
decried|decry|decries|decrying
echoed|echoes|echoing
charged
assured|assure|assures|assuring	obj=1
reminded|remind|reminds|reminding	obj=1
demanded|demanding
wants|want|wanted	belief=1
knows|know|knew	belief=1
sees|see|saw	belief=1
feels|feel|felt	belief=1
worried|worries|worry	belief=1
doubted	belief=1
pointed to|points to|pointing to
talked about|talks about|talking about|spoke about|speaks about|speaking about
expressed|expresses|expressing	obj=1
offered|offers|offering
planned|plans|planning
signaled|signalled|signals|signaling|signalling
hinted|hints|hinting
insisted on
discussed|discusses|discussing	obj=1
is expected|are expected|was expected|were expected
urged|urges	obj=1
recounted|recounts|recounting
advised|advises|advising	obj=1
# Aims, decisions and judgements PolNeAR annotates as attributions (measured on its train split).
sought|seeks
hoping	belief=1
promise|promising
discuss
learned|learns	belief=1
considered|considers	obj=1
decided|decides|deciding
made clear|made it clear|makes clear|makes it clear|making clear|making it clear
slams|slam
thought	belief=1
prefer|prefers|preferred	belief=1
remember|remembers|remembered	belief=1
demands
ruled
pushed for|pushing for|push for|pushes for
touted|touts|touting	obj=1
bragged|brags|bragging
challenged|challenging	obj=1
recommended|recommends|recommend
dubbed|labeled|labelled|branded	obj=1
objected|objects|objecting
protested|protests|protesting
"""#####
}
