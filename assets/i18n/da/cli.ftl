# Kommandolinjen: beskeder (hjælpeteksten fra --help er på engelsk, som det er skik). Hver besked findes også i
# ../en/cli.ftl.
cli-error = fejl: { $message }
cli-warning = advarsel: { $message }
cli-resolved = »{ $given }« tolkes som »{ $id }«.
cli-force-hint = Brug --force for at erstatte den.
cli-pack-progress = filer
cli-pack-summary = { $files ->
        [one] 1 fil
       *[other] { $files } filer
    }, { $megabytes } MB, manifest: { $manifest }
cli-pack-warning = advarsel [{ $rule }]: { $files ->
        [one] 1 fil
       *[other] { $files } filer
    }. { $message } Se »designprogram export … --dry-run« for en af dem.
cli-no-window = vinduet kunne ikke åbnes: { $reason }
cli-no-gui = Denne udgave har ikke skrivebordsprogrammet (den er bygget uden funktionen »gui«). Kommandoer:
cli-list-lockups = opstillinger
cli-list-colorways = farvevarianter
cli-list-fields = { $count ->
        [one] 1 felt
       *[other] { $count } felter
    }
cli-list-px-wide = { $width } px bred
