function __claimkit_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __claimkit_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __claimkit_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __claimkit_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __claimkit_parse_tokens -S
    set -l unparsed_tokens (__claimkit_tokens -pc)
    switch $unparsed_tokens[1]
    case 'claimkit'
        __claimkit_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'extract'
            __claimkit_parse_subcommand -r 1 'date=' 'format=' 'input-format=' 'options=' 'pretty' 'jsonl' 'jobs=' 'skip=' 'version' 'h/help'
        case 'compare'
            __claimkit_parse_subcommand -r 1 'jsonl' 'date=' 'pretty' 'version' 'h/help'
        case 'report'
            __claimkit_parse_subcommand -r 1 'o/output=' 'date=' 'input-format=' 'title=' 'format=' 'version' 'h/help'
        case 'help'
            __claimkit_parse_subcommand -r 1 'version'
        end
    end
end

function __claimkit_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __claimkit_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __claimkit_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __claimkit_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__claimkit_tokens -p)
    if test -z "$(__claimkit_tokens -t)"
        set -l index (count (__claimkit_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'claimkit' -f
complete -c 'claimkit' -n '__claimkit_should_offer_completions_for_flags_or_options "claimkit" version' -l 'version' -d 'Show the version.'
complete -c 'claimkit' -n '__claimkit_should_offer_completions_for_flags_or_options "claimkit" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'claimkit' -n '__claimkit_should_offer_completions_for_positional "claimkit" -eq 1' -fa 'extract' -d 'Extract claims from articles and print JSON documents (or a table, or an HTML page).'
complete -c 'claimkit' -n '__claimkit_should_offer_completions_for_positional "claimkit" -eq 1' -fa 'compare' -d 'Group claims from several articles that concern the same thing; say where they agree or conflict.'
complete -c 'claimkit' -n '__claimkit_should_offer_completions_for_positional "claimkit" -eq 1' -fa 'report' -d 'Write an HTML page that shows each article with its claims, speakers, numbers and dates marked.'
complete -c 'claimkit' -n '__claimkit_should_offer_completions_for_positional "claimkit" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'claimkit' -n '__claimkit_should_offer_completions_for_positional "claimkit extract" -ge 1' -F
complete -c 'claimkit' -n '__claimkit_should_offer_completions_for_flags_or_options "claimkit extract" date' -l 'date' -d 'Reference date YYYY-MM-DD for relative dates.' -rfka ''
complete -c 'claimkit' -n '__claimkit_should_offer_completions_for_flags_or_options "claimkit extract" format' -l 'format' -d 'Output: json, jsonl, text (a table of claims) or html (a report page).' -rfka 'json jsonl text html'
complete -c 'claimkit' -n '__claimkit_should_offer_completions_for_flags_or_options "claimkit extract" input-format' -l 'input-format' -d 'How to read the input: text, html or auto.' -rfka 'text html auto'
complete -c 'claimkit' -n '__claimkit_should_offer_completions_for_flags_or_options "claimkit extract" options' -l 'options' -d 'Extractor options as JSON, e.g. \'{"offset_unit": "codepoint"}\'.' -rfka ''
complete -c 'claimkit' -n '__claimkit_should_offer_completions_for_flags_or_options "claimkit extract" pretty' -l 'pretty' -d 'Indent the JSON.'
complete -c 'claimkit' -n '__claimkit_should_offer_completions_for_flags_or_options "claimkit extract" jsonl' -l 'jsonl' -d 'Read JSON Lines records and write one JSON line per record.'
complete -c 'claimkit' -n '__claimkit_should_offer_completions_for_flags_or_options "claimkit extract" jobs' -l 'jobs' -d 'With --jsonl: worker threads, 1 to 256 (output stays in input order).' -rfka ''
complete -c 'claimkit' -n '__claimkit_should_offer_completions_for_flags_or_options "claimkit extract" skip' -l 'skip' -d 'With --jsonl: skip the first N input lines (to resume a killed run).' -rfka ''
complete -c 'claimkit' -n '__claimkit_should_offer_completions_for_flags_or_options "claimkit extract" version' -l 'version' -d 'Show the version.'
complete -c 'claimkit' -n '__claimkit_should_offer_completions_for_flags_or_options "claimkit extract" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'claimkit' -n '__claimkit_should_offer_completions_for_flags_or_options "claimkit compare" jsonl' -l 'jsonl' -d 'Read JSON Lines (article records or documents).'
complete -c 'claimkit' -n '__claimkit_should_offer_completions_for_flags_or_options "claimkit compare" date' -l 'date' -d 'Reference date YYYY-MM-DD for articles\' relative dates.' -rfka ''
complete -c 'claimkit' -n '__claimkit_should_offer_completions_for_flags_or_options "claimkit compare" pretty' -l 'pretty' -d 'Indent the JSON.'
complete -c 'claimkit' -n '__claimkit_should_offer_completions_for_flags_or_options "claimkit compare" version' -l 'version' -d 'Show the version.'
complete -c 'claimkit' -n '__claimkit_should_offer_completions_for_flags_or_options "claimkit compare" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'claimkit' -n '__claimkit_should_offer_completions_for_positional "claimkit report" -ge 1' -F
complete -c 'claimkit' -n '__claimkit_should_offer_completions_for_flags_or_options "claimkit report" o output' -l 'output' -s 'o' -d 'Where to write the page (\'-\' for standard output).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'html\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'claimkit' -n '__claimkit_should_offer_completions_for_flags_or_options "claimkit report" date' -l 'date' -d 'Reference date YYYY-MM-DD for articles\' relative dates.' -rfka ''
complete -c 'claimkit' -n '__claimkit_should_offer_completions_for_flags_or_options "claimkit report" input-format' -l 'input-format' -d 'How to read articles: text, html or auto.' -rfka 'text html auto'
complete -c 'claimkit' -n '__claimkit_should_offer_completions_for_flags_or_options "claimkit report" title' -l 'title' -d 'The page\'s title.' -rfka ''
complete -c 'claimkit' -n '__claimkit_should_offer_completions_for_flags_or_options "claimkit report" format' -l 'format' -d 'html (the page) or text (a table of claims per article, to standard output).' -rfka 'html text'
complete -c 'claimkit' -n '__claimkit_should_offer_completions_for_flags_or_options "claimkit report" version' -l 'version' -d 'Show the version.'
complete -c 'claimkit' -n '__claimkit_should_offer_completions_for_flags_or_options "claimkit report" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'claimkit' -n '__claimkit_should_offer_completions_for_flags_or_options "claimkit help" version' -l 'version' -d 'Show the version.'
