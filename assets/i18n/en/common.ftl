# Shared texts (CLI and application). Every message also exists in ../da/common.ftl.
app-name = Design programme
lang-name = English
units-mm = { $value } mm
units-px = { $value } px

## Names the design manual does not have (CLI arguments)
resolve-unknown = The design manual has no { $kind ->
        [logo] logo
        [color] colour
        [sender] sender
        [preset] preset
        [lockup] lockup
       *[colorway] colourway
    } called “{ $given }”.
resolve-did-you-mean = Did you mean { $ids }?
resolve-known = The { $kind ->
        [logo] logos
        [color] colours
        [sender] senders
        [preset] presets
        [lockup] lockups
       *[colorway] colourways
    } are: { $ids }.

## The settings file
settings-problem-unreadable = { $file } cannot be read ({ $system }); using the default settings.
settings-problem-not-toml = { $file } is not valid TOML ({ $detail }); using the default settings.
settings-problem-bad-value = { $file }: { $key } must be { $expected ->
        [language] “da” or “en”
        [version] “2.2” (a version)
        [folder] a folder path
        [sender] a sender id
        [table] a table
        [line] one line of at most 120 characters without control characters
       *[theme] “light” or “dark”
    }, not { $found }; using the default.
settings-problem-unknown-key = { $file }: unknown key “{ $key }” (ignored).
