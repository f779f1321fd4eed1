# Eksport: fejl, porten til designmanualen og pakker. Hver besked findes også i ../en/export.ftl.

## Porten: ingen fil skrives, når den bryder designmanualen
gate-blocked = { $count ->
        [one] Filen bryder designmanualen og blev ikke skrevet
       *[other] { $count } filer ville bryde designmanualen, så intet blev skrevet
    }: { $reason }
gate-nothing-written = { $count ->
        [one] Filen bryder designmanualen; intet blev skrevet.
       *[other] { $count } filer ville bryde designmanualen; intet blev skrevet.
    }

## Fejl ved eksport
export-error-exists = { $path } findes allerede.
export-error-folder = Der kan ikke skrives i mappen { $path }: { $cause }.
export-error-write = Filen { $path } kunne ikke skrives, fordi { $cause }. Intet blev efterladt.
export-error-needs-background = JPEG kan ikke være gennemsigtig: vælg en baggrundsfarve, eller gem som PNG.
export-error-not-in-palette = { $artwork }: farven { $hex } er ikke en farve fra farvepaletten og har derfor ingen CMYK-værdi til tryk.
export-error-no-spot-name = Farvevarianten »{ $colorway }« trykkes som staffagefarve, men { $color } har ingen Pantone-værdi (pantone_c).
export-error-unsupported = { $artwork }: { $what } kan ikke skrives i en vektor-{ $format }.
export-error-encode = { $format }-filen kunne ikke dannes: { $message }
export-error-favicon-square = Et favicon-sæt er kvadratisk: brug formatet »favicon« eller samme bredde og højde i pixel.
export-error-favicon-logo = Et favicon-sæt laves ud fra et logo.
export-error-favicon-background = Farvevarianten »{ $colorway }« har ingen tilladt baggrund til de ikoner, der ikke er gennemsigtige: vælg en baggrund.
export-error-request = Filen kan ikke laves: { $detail }
export-error-interrupted = Arbejdet stoppede uventet; intet blev skrevet.
export-error-cancelled = Eksporten blev afbrudt.
render-error-nothing = Der er intet at tegne: hverken et logo eller en farve er valgt.
render-error-svg = { $path }: logofilen kan ikke læses som SVG ({ $message }).
render-error-allocation = Der er ikke hukommelse nok til et billede på { $width } × { $height } px.

## Hvad systemet svarede
io-disk-full = disken er fuld
io-permission-denied = du har ikke lov til at skrive der
io-not-found = mappen findes ikke
io-not-a-folder = stien er en fil, ikke en mappe
io-read-only = drevet er skrivebeskyttet
io-interrupted = arbejdet stoppede uventet
io-other = systemet svarede »{ $system }«
