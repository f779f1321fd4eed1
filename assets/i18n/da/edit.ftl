# Redigering af designmanualen (bibliotek, CLI og program). Hver besked findes også i ../en/edit.ftl.

## Hvad en rettelse gælder

edit-entry-programme = Designprogrammet
edit-entry-changelog = Ændringslog, punkt
edit-entry-color = Farven
edit-entry-sender = Afsenderen
edit-entry-logo = Logoet
edit-entry-lockup = Opstillingen
edit-entry-colorway = Farvevarianten
edit-entry-artwork = Logofilen
edit-entry-minimum = Mindstestørrelse
edit-entry-size = Størrelsestabellen, række
edit-entry-preset = Formatet
edit-entry-template = Skabelonen

## Felternes navne

edit-key-name-da = Navn (dansk)
edit-key-name-en = Navn (engelsk)
edit-key-synonyms = Søgeord
edit-key-version = Version
edit-key-organisation = Organisation
edit-key-short = Kort navn (i filnavne)
edit-key-theme-da = Tema (dansk)
edit-key-theme-en = Tema (engelsk)
edit-key-adopted-by = Vedtaget af
edit-key-adopted-on = Vedtaget den
edit-key-updated-on = Opdateret den
edit-key-journal-no = Journalnummer
edit-key-contact = Kontakt
edit-key-date = Dato
edit-key-text-da = Tekst (dansk)
edit-key-text-en = Tekst (engelsk)
edit-key-role = Rolle
edit-key-hex = HEX
edit-key-rgb = RGB
edit-key-cmyk = CMYK
edit-key-pantone-c = Pantone C (coated)
edit-key-pantone-u = Pantone U (uncoated)
edit-key-ral = RAL
edit-key-ncs = NCS
edit-key-tints = Tilladte procenttoner
edit-key-sender-kind = Type
edit-key-parent = Hører under
edit-key-address-lines = Adresse
edit-key-phone = Telefon
edit-key-email = E-mail
edit-key-web = Web
edit-key-opening-hours = Åbningstider
edit-key-cobranding-requires = Kræver logoet
edit-key-cobranding-order = Rækkefølge
edit-key-cobranding-separation = Mindste afstand
edit-key-sender = Afsender
edit-key-chapter = Kapitel
edit-key-reference-part = Referencedel
edit-key-reference-name-da = Referencemål (dansk)
edit-key-reference-name-en = Referencemål (engelsk)
edit-key-clear-space = Frirum (× referencemålet)
edit-key-lockup-reference = Referencemål i SVG-enheder
edit-key-file = Fil
edit-key-colorway-kind = Type
edit-key-main-color = Hovedfarve
edit-key-backgrounds = Tilladte baggrunde
edit-key-spot = Spotfarve
edit-key-lockup = Opstilling
edit-key-colorway = Farvevariant
edit-key-print-mm = Mindste bredde på tryk (mm)
edit-key-screen-px = Mindste bredde på skærm (px)
edit-key-preset = Format
edit-key-width-mm = Bredde (mm)
edit-key-position = Placering
edit-key-margin-mm = Margen (mm)
edit-key-medium = Medie
edit-key-preset-kind = Type
edit-key-height-mm = Højde (mm)
edit-key-width-px = Bredde (px)
edit-key-height-px = Højde (px)
edit-key-dpi = Opløsning (dpi)
edit-key-bleed-mm = Beskæring (mm)
edit-key-crop-marks = Skæremærker
edit-key-color-space = Farverum
edit-key-output-intent = Output intent
edit-key-formats = Filformater
edit-key-lockups = Tilladte opstillinger
edit-key-display-scale = Skærmfaktor
edit-key-template-kind = Type
edit-key-logo-size = Logostørrelse fra format

## Hvad der er galt ved et felt

edit-required = Skal udfyldes.
edit-expected-text = Skriv en tekst.
edit-expected-date = Skriv en dato som 2026-11-02 (år-måned-dag).
edit-expected-number = Skriv et tal, fx 2,5.
edit-expected-integer = Skriv et helt tal.
edit-expected-bool = Skriv ja eller nej.
edit-expected-numbers = Skriv { $count } tal adskilt af komma, fx 90, 20, 85, 10.
edit-expected-integers = Skriv { $count } hele tal adskilt af komma.
edit-expected-integer-list = Skriv hele tal adskilt af komma.
edit-expected-choice = Vælg en af: { $choices }.
edit-invalid-cmyk = CMYK er fire værdier fra 0 til 100, fx 90, 20, 85, 10.
edit-invalid-hex = »{ $value }« er ikke en HEX-farve: skriv # og seks cifre 0–9/a–f, fx #00734a.
edit-invalid-rgb = RGB er tre hele tal fra 0 til 255, fx 0, 115, 74.
edit-invalid-tint = { $value } % er ikke en tilladt procenttone: skriv 1–99.
edit-contact-too-long = Højst 80 tegn.
edit-contact-control = Indeholder et kontroltegn.
edit-contact-email = »{ $value }« er ikke en e-mailadresse: skriv navn@domæne.dk.
edit-contact-phone = Et telefonnummer må kun have cifre, mellemrum og + - ( ).
edit-contact-web = En webadresse må ikke have mellemrum.

## Rettelser der ikke kan udføres

edit-error-no-entry = { $entry } findes ikke i { $file }.
edit-error-no-key = { $entry } har ikke feltet »{ $key }«.
edit-error-exists = { $entry } findes allerede.
edit-error-invalid-id = »{ $id }« kan ikke bruges som id: brug 1–48 tegn a–z, 0–9 og -.
edit-error-not-newer = Version { $given } er ikke nyere end den nuværende version { $current }.
edit-error-syntax = { $file } er ikke gyldig TOML og kan ikke redigeres her; ret den først (designprogram check viser hvor).
edit-error-read = { $file } kan ikke læses: { $detail }
edit-error-path = En rettelse må ikke skrive »{ $path }« (kun logos/<id>/<navn>.svg).
edit-error-read-only = Der kan ikke gemmes i { $folder }: { $detail }

## Gem

edit-save-invalid = Designmanualen har { $errors } fejl og gemmes ikke. Ret fejlene først.
edit-save-conflict = Ikke gemt: { $files } er ændret på disken, siden du åbnede den (en anden har gemt). Intet er overskrevet.
edit-save-busy = Ikke gemt: en anden gemmer lige nu ({ $holder }). Prøv igen.
edit-save-io = Ikke gemt: { $path }: { $detail }
edit-save-moved = Ikke gemt: en anden har gemt imens. Prøv igen.

## designprogram manual … (kommandolinjen)

cli-manual-usage = Forkert brug: { $detail }
cli-manual-needs-folder = Redigering kræver en designmanual-mappe: brug --manual MAPPE (eller DESIGNPROGRAM_MANUAL eller Indstillinger). Den indbyggede demonstrationsmanual kan ikke redigeres.
cli-manual-unchanged = Intet at gemme: designmanualen har allerede de værdier.
cli-manual-saved = Gemt: { $files } (designmanual version { $version }).
