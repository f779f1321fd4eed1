# Fælles tekster (CLI og program). Hver besked findes også i ../en/common.ftl.
app-name = Designprogram
lang-name = Dansk
units-mm = { $value } mm
units-px = { $value } px

## Navne, der ikke findes i designmanualen (CLI-argumenter)
resolve-unknown = Designmanualen har { $kind ->
        [logo] intet logo
        [color] ingen farve
        [sender] ingen afsender
        [preset] intet format
        [lockup] ingen opstilling
       *[colorway] ingen farvevariant
    }, der hedder »{ $given }«.
resolve-did-you-mean = Mente du { $ids }?
resolve-known = { $kind ->
        [logo] Logoerne
        [color] Farverne
        [sender] Afsenderne
        [preset] Formaterne
        [lockup] Opstillingerne
       *[colorway] Farvevarianterne
    } er: { $ids }.

## Indstillingsfilen
settings-problem-unreadable = { $file } kan ikke læses ({ $system }); standardindstillingerne bruges.
settings-problem-not-toml = { $file } er ikke gyldig TOML ({ $detail }); standardindstillingerne bruges.
settings-problem-bad-value = { $file }: { $key } skal være { $expected ->
        [language] »da« eller »en«
        [version] »2.2« (en version)
        [folder] en mappesti
        [sender] et afsender-id
        [table] en tabel
        [line] én linje på højst 120 tegn uden styretegn
       *[theme] »light« eller »dark«
    }, men er { $found }; standardværdien bruges.
settings-problem-unknown-key = { $file }: ukendt nøgle »{ $key }« (ignoreret).
