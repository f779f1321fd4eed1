# Compliance: fund, rettelser og kommandoen `contrast`. Hver besked findes også i ../en/compliance.ftl.
# Tal og mål kommer færdigformaterede (decimalkomma, enhed): "25 mm", "4,5:1", "300 ppi".

compliance-or = eller

## Rapporten
compliance-summary-blocking = Eksporten bryder designmanualen og kan ikke laves ({ $blocking } blokerende fund, { $warnings ->
        [0] ingen advarsler
        [one] 1 advarsel
       *[other] { $warnings } advarsler
    }).
compliance-summary-warning = Eksporten følger designmanualen, men læs { $warnings ->
        [one] advarslen
       *[other] de { $warnings } advarsler
    } ovenfor.
compliance-summary-ok = Eksporten følger designmanualen.
compliance-severity-blocking = Blokerende
compliance-severity-warning = Advarsel
compliance-severity-info = Info
compliance-fix-label = Sådan gør du
compliance-chapter-label = Designmanualen, kapitel { $number }: { $name }

## Farvepaletten
compliance-palette-tint = { $color } må ikke bruges som { $tint } %-tone.
compliance-palette-tint-fix = Vælg en af de tilladte toner: { $tints }.
compliance-palette-no-tints-fix = { $color } har ingen toner. Brug den fulde farve: { $id }.
compliance-palette-hex = { $spec } er farven { $color } fra farvepaletten, men den skal angives med sit navn.
compliance-palette-hex-fix = Skriv { $id } i stedet.
compliance-palette-unknown = »{ $spec }« er ikke en farve fra farvepaletten. Designmanualen tillader kun paletfarverne og deres toner.
compliance-palette-unknown-fix = Vælg en af farvepalettens farver: { $ids }.

## Forespørgsler, som designmanualen ikke kender
compliance-request-choose = Vælg en af disse: { $ids }.
compliance-request-unknown-logo = Designmanualen har intet logo, der hedder »{ $id }«.
compliance-request-unknown-lockup = Logoet »{ $logo }« har ingen opstilling, der hedder »{ $id }«.
compliance-request-unknown-colorway = Logoet »{ $logo }« har ingen farvevariant, der hedder »{ $id }«.
compliance-request-missing-artwork = Designmanualen mangler logofilen til »{ $logo }« ({ $lockup }, { $colorway }).
compliance-request-missing-artwork-fix = Giv besked til dem, der vedligeholder designmanualen (»designprogram check« viser fejlen).
compliance-request-unknown-preset = Designmanualen har intet format, der hedder »{ $id }«.
compliance-request-invalid-size = Størrelsen kan ikke laves: bredde, højde og opløsning skal være større end 0, og filen må højst være 40000 px på hver led.
compliance-request-invalid-size-fix = Brug en bredde, en højde og en opløsning over 0 – og en lavere opløsning, hvis filen bliver for stor.

## Logoet
compliance-minimum-size = Logoet bliver kun { $measured } bredt. Minimumsstørrelsen for »{ $lockup }« i farvevarianten »{ $colorway }« er { $required }.
compliance-minimum-size-fix = Gør filen mindst { $width } bred, så logoet bliver { $required } bredt.
compliance-minimum-size-preset-fix = Vælg et større format end »{ $preset }«.
compliance-clear-space-missing = Filen går helt ind til logoet, så frizonen mangler. Designmanualen kræver { $required } fri plads hele vejen rundt ({ $ratio } × { $reference }).
compliance-clear-space-cut = Frizonen bliver skåret af: der er kun { $measured } fra logoet til kanten, men der skal være { $required } ({ $ratio } × { $reference }).
compliance-clear-space-fix = Medtag frizonen i filen. Så kommer tekst og billeder ikke for tæt på logoet, når filen bliver sat ind.
compliance-proportions = Formatet er { $width } × { $height } og har andre proportioner end logoet. Logoet er skaleret, så det passer, og sat i midten – det bliver aldrig strakt.
compliance-colorway-picked-default = Farvevarianten »{ $colorway }« er valgt – den bruges, når der ikke er valgt en baggrund.
compliance-colorway-picked = Farvevarianten »{ $colorway }« er valgt, fordi den passer til baggrunden { $background }.
compliance-colorway-background-contrast = Farvevarianten »{ $colorway }« må ikke bruges på baggrunden { $background }: logoet kan ikke ses tydeligt (kontrasten er { $measured }, men skal være mindst { $required }).
compliance-colorway-background = Designmanualen tillader ikke farvevarianten »{ $colorway }« på baggrunden { $background }.
compliance-contrast = Logoets farve ({ $main }) har for lidt kontrast til baggrunden { $background }: { $measured }, men der skal være mindst { $required }.
compliance-colorway-fix = Brug farvevarianten »{ $colorway }«.
compliance-colorway-background-fix = Vælg en baggrund, som »{ $colorway }« må stå på: { $backgrounds }.

## Filformat, farverum og opløsning
compliance-resolution-low = Billedet får { $measured } i den færdige størrelse. Til tryk bør det have mindst { $required }, ellers kan logoet blive uskarpt.
compliance-resolution-blocking = Billedet får kun { $measured } i den færdige størrelse. Under { $floor } bliver logoet uskarpt på tryk; designmanualen kræver { $required }.
compliance-resolution-fix = Vælg mindst { $required }, eller brug PDF – så bliver logoet skarpt i alle størrelser.
compliance-medium-ico-print = { $format } er et ikonformat til skærme og kan ikke bruges til tryk.
compliance-medium-rgb-print = En { $format }-fil har kun RGB-farver. Trykkeriet omregner dem til CMYK, og så kan logoets farver blive anderledes end designmanualens.
compliance-medium-print-fix = Brug PDF til tryk: den har designmanualens egne CMYK-farver.
compliance-medium-pdf-screen = En { $format }-fil kan ikke vises som billede på hjemmesider og sociale medier.
compliance-medium-screen-fix = Brug PNG, JPEG eller SVG til skærm.
compliance-medium-cmyk-screen = Formatet er til skærm, men designmanualen har sat det op til CMYK. Skærme viser RGB, så farverne kan se forkerte ud.
compliance-medium-cmyk-screen-fix = Giv besked til dem, der vedligeholder designmanualen: skærmformater skal være sRGB.
compliance-transparency = JPEG kan ikke være gennemsigtig, så filen får hvid baggrund.
compliance-transparency-invisible = JPEG kan ikke være gennemsigtig, så filen får hvid baggrund – og på hvid kan »{ $colorway }« ikke ses.
compliance-transparency-fix = Vælg PNG, hvis baggrunden skal være gennemsigtig, eller vælg en baggrundsfarve.
compliance-preset-format = »{ $preset }« kan ikke laves som { $format }.
compliance-preset-format-fix = Vælg { $formats }.
compliance-preset-lockup = Opstillingen »{ $lockup }« må ikke bruges til »{ $preset }«.
compliance-preset-lockup-fix = Vælg opstillingen { $lockups }.
compliance-preset-lockup-none-fix = »{ $logo }« har ingen opstilling, der må bruges til »{ $preset }«. Vælg et andet format eller et andet logo.

## Afsendere
compliance-sender-unknown = Designmanualen har ingen afsender, der hedder »{ $id }«.
compliance-sender-logo = { $sender } må ikke bruge »{ $logo }«, som tilhører { $owner }.
compliance-sender-logo-fix = Vælg et af de logoer, { $sender } må bruge: { $logos }.
compliance-cobranding = { $owner } skal altid vise »{ $required }« sammen med sit eget logo. Denne fil har kun »{ $logo }«.
compliance-cobranding-fix = Sæt »{ $required }« ved siden af med mindst { $gap } imellem ({ $ratio } × { $reference }), { $order ->
        [own-first] jeres eget logo først
       *[other] »{ $required }« først
    }. Eller eksportér den samlede opstilling »{ $lockup }«: den har begge logoer med den rigtige afstand.

## Tekst i skabeloner
compliance-text-contrast = { $size ->
        [large] Den store tekst
       *[other] Teksten
    } ({ $text }) har for lidt kontrast til baggrunden ({ $background }): { $measured }, men der skal være mindst { $required }, så alle kan læse den.
compliance-text-contrast-fix = Brug fx { $color } til teksten (kontrast { $ratio }).
compliance-text-contrast-background-fix = Vælg en lysere eller mørkere baggrund.

## designprogram contrast
contrast-heading = Kontrast mellem { $a } og { $b }
contrast-ratio = Kontrastforhold: { $ratio }
contrast-aa-normal = AA, normal tekst
contrast-aa-large = AA, stor tekst
contrast-aaa-normal = AAA, normal tekst
contrast-aaa-large = AAA, stor tekst
contrast-non-text = Grafik og logoer (ikke-tekst)
contrast-pass = består
contrast-fail = består ikke
contrast-large-note = Stor tekst: mindst 18 pt, eller 14 pt fed.
contrast-unknown-color = »{ $spec }« er hverken en farve fra farvepaletten eller en HEX-værdi som #00734a.
