# Redigér: designmanualen redigeres i programmet (src/gui/screen/editor*). Hver besked findes også i
# ../en/gui-editor.ftl.

nav-editor = Redigér

editor-title = Redigér designmanualen
editor-opening = Åbner designmanualen til redigering …
editor-saving = Gemmer designmanualen …
editor-failed = Designmanualen kan ikke åbnes til redigering
editor-embedded = Den indbyggede designmanual kan ikke redigeres
editor-embedded-explain = Programmet bruger lige nu den designmanual, der er bygget ind i det. Den kan læses, men ikke ændres. Kommunikationsafdelingen redigerer en designmanual i en mappe, fx på et fællesdrev eller i et Git-arkiv.
editor-published = Den udgivne designmanual kan ikke redigeres
editor-published-explain = Programmet bruger lige nu den designmanual, kommunikationsafdelingen har udgivet (en pakke i mappen ovenfor). En udgivet pakke kan læses, men ikke ændres: kommunikationsafdelingen redigerer designmanualens mappe og udgiver en ny version herfra.
editor-choose-folder-explain = Vælg designmanualens mappe under Indstillinger → Designmanual → Vælg mappe …. Du skal kunne skrive i mappen for at gemme.
editor-open-settings = Åbn Indstillinger

## Værktøjslinjen

editor-undo = Fortryd
editor-redo = Gentag
editor-save = Gem
editor-keys = Ctrl+Z fortryder, Ctrl+Y gentager, Ctrl+S gemmer. Alle ændringer kontrolleres, mens du skriver.
editor-nothing-to-save = Ingen ændringer at gemme.
editor-validating = Kontrollerer designmanualen …
editor-ready-to-save = Klar til at gemme { $count ->
    [one] én ændret fil
   *[other] { $count } ændrede filer
}: { $files }.
editor-read-only = Kan ikke gemmes her: { $reason }. Vælg en mappe, du kan skrive i, under Indstillinger.
editor-saved = Gemt ({ $files }). Programmet bruger nu de nye værdier – også i næste eksport.
editor-discard = Kassér mine ændringer og læs igen
editor-problems = Problemer i designmanualen ({ $count })
editor-problems-more = … og { $count } mere.
editor-no-problems = Designmanualen har ingen problemer.

## Afsnit

editor-section-programme = Designprogram
editor-section-colors = Farver
editor-section-senders = Afsendere
editor-section-logos = Logoer
editor-section-presets = Formater og skabeloner

## Lister

editor-list-count = Viser { $shown } af { $total }
editor-list-more = Søg for at finde flere.
editor-list-none = Intet passer til søgningen.
editor-new-id = Id, fx regnbuen
editor-new-explain = Nyt punkt: skriv et id (a–z, 0–9 og -) og udfyld derefter felterne.
editor-pick = Vælg …
editor-pick-add = Tilføj …

## Eksempler i tomme felter

editor-ph-hex = fx #00734a
editor-ph-rgb = tom: samme som HEX
editor-ph-cmyk = fx 90, 20, 85, 10
editor-ph-tints = fx 80, 60, 40, 20 (valgfri)
editor-ph-phone = fx +45 88 72 00 00 (valgfri)
editor-ph-email = fx navn@example.dk (valgfri)
editor-ph-version = fx 2.2
editor-ph-date = år-måned-dag, fx 2026-11-02
editor-ph-number = et tal, fx 2,5
editor-ph-number-optional = et tal (valgfri)
editor-ph-words = adskilt af komma (valgfri)
editor-ph-optional = valgfri
editor-ph-note = hvad er ændret, på dansk

## Designprogram

editor-programme = Designprogrammet
editor-changelog = Ændringslog
editor-changelog-explain = De nyeste punkter, nyeste først. Ældre punkter står urørt i filen.
editor-changelog-remove = Fjern punktet
editor-bump = Ny version
editor-bump-explain = Giver designmanualen et nyt versionsnummer og sætter et punkt øverst i ændringsloggen.
editor-bump-version = Ny version
editor-bump-date = Dato
editor-bump-adopted = Vedtaget denne dato
editor-bump-note-da = Ændring (dansk)
editor-bump-note-en = Ændring (engelsk)
editor-bump-do = Opret ny version

## Farver

editor-colors-search = Søg i farverne …
editor-colors-add = Tilføj farve
editor-colors-none = Vælg en farve i listen.
editor-colors-no-sample = Ingen prøve: HEX-værdien er ikke gyldig endnu.
editor-colors-authored = Prøven viser HEX-værdien, som den er skrevet. Hver værdi bruges præcis som skrevet; programmet omregner aldrig én værdi til en anden.
editor-colors-remove = Fjern farven

## Afsendere

editor-senders-search = Søg i afsenderne …
editor-senders-add = Tilføj afsender
editor-senders-none = Vælg en afsender i listen.
editor-senders-remove = Fjern afsenderen
editor-senders-logos = Logoer
editor-senders-logos-explain = En afsender bruger sine egne logoer og logoerne fra afsenderne over den.
editor-senders-no-own-logo = Afsenderen har intet eget logo endnu.
editor-senders-inherited = Arver: { $logos }
editor-senders-give-logo = Giv afsenderen et logo …

## Logoer

editor-logos-search = Søg i logoerne …
editor-logos-add = Tilføj logo
editor-logos-none = Vælg et logo i listen.
editor-logos-remove = Fjern logoet (hele mappen)
editor-logo-general = Generelt
editor-logo-lockups = Opstillinger og filer
editor-logo-colorways = Farvevarianter
editor-logo-rules = Frirum og størrelser
editor-lockups-explain = Hver opstilling har én SVG-fil pr. farvevariant. Referencemålet er målet (fx bomærkets højde) i SVG-filens enheder.
editor-lockup-files = Filer pr. farvevariant
editor-lockup-remove = Fjern opstillingen
editor-lockup-add = Tilføj opstilling
editor-colorways-explain = En farvevariant siger, hvilken farve logoet står i, og på hvilke baggrunde det må bruges.
editor-colorway-remove = Fjern farvevarianten
editor-colorway-add = Tilføj farvevariant
editor-rules-clear-space = Frirum
editor-rules-clear-space-explain = Frirummet på hver side er dette tal gange referencemålet.
editor-rules-minimum = Mindstestørrelser
editor-rules-minimum-explain = Logoets mindste bredde uden frirum. Den mest specifikke række gælder (opstilling og farvevariant før opstilling alene).
editor-rules-minimum-add = Tilføj mindstestørrelse
editor-rules-size = Størrelsestabel
editor-rules-size-explain = Logoets bredde og placering pr. format.
editor-rules-size-add = Tilføj række
editor-row-remove = Fjern rækken

## Formater og skabeloner

editor-presets-presets = Formater
editor-presets-templates = Skabeloner
editor-presets-search = Søg i formaterne …
editor-presets-add = Tilføj format
editor-presets-none = Vælg et format i listen.
editor-presets-remove = Fjern formatet
editor-templates-search = Søg i skabelonerne …
editor-templates-add = Tilføj skabelon
editor-templates-none = Vælg en skabelon i listen.
editor-templates-remove = Fjern skabelonen

## Valgmuligheder

editor-choice-ja = Ja
editor-choice-nej = Nej
editor-choice-primary = Primær
editor-choice-secondary = Sekundær
editor-choice-accent = Accent
editor-choice-neutral = Neutral
editor-choice-kommune = Kommune
editor-choice-forvaltning = Forvaltning
editor-choice-institution = Institution
editor-choice-own-first = Eget logo først
editor-choice-required-first = Det krævede logo først
editor-choice-positive = Positiv
editor-choice-negative = Negativ
editor-choice-black = Sort
editor-choice-greyscale = Gråtoner
editor-choice-spot = Spotfarve
editor-choice-top-left = Øverst til venstre
editor-choice-top-center = Øverst i midten
editor-choice-top-right = Øverst til højre
editor-choice-center = I midten
editor-choice-bottom-left = Nederst til venstre
editor-choice-bottom-center = Nederst i midten
editor-choice-bottom-right = Nederst til højre
editor-choice-print = Tryk
editor-choice-office = Kontor
editor-choice-web = Web
editor-choice-social = Sociale medier
editor-choice-format = Format
editor-choice-favicon = Favicon
editor-choice-signature = E-mailsignatur
editor-choice-cmyk = CMYK
editor-choice-srgb = sRGB
editor-choice-pdf = PDF
editor-choice-png = PNG
editor-choice-jpeg = JPEG
editor-choice-svg = SVG
editor-choice-ico = ICO

## Import af logotegninger (Logoer → Opstillinger og filer)

editor-import-pick = Importér SVG …
editor-import-dialog = Vælg logoets SVG-fil
editor-import-no-dialog = Der kan ikke vises en fildialog her. Importér med designprogram manual import-logo (se docs/manual-editing.md).
editor-importing = Læser tegningen …
editor-import-title = Importér tegning: { $logo } · { $lockup } · { $colorway }
editor-import-file = { $file }: { $width } × { $height } brugerenheder → { $path }
editor-import-paints = Farverne i tegningen og paletten
editor-import-exact = { $color } er paletfarven { $id }.
editor-import-near = { $color } ligger nær paletfarven { $id } { $hex } (ΔE2000 { $delta }), men er ikke den.
editor-import-near-accepted = { $color } bliver paletfarven { $id } { $hex } (ΔE2000 { $delta }, accepteret).
editor-import-mapped = { $color } bliver paletfarven { $id } { $hex } (ΔE2000 { $delta }, valgt af dig).
editor-import-off = { $color } er ikke en paletfarve; nærmeste er { $id } { $hex } (ΔE2000 { $delta }).
editor-import-off-none = { $color } er ikke en paletfarve.
editor-import-map = Brug { $id }
editor-import-refused = Afvist: { $reason }
editor-import-ready = Klar: tegningen sættes ind som vist. Gem bagefter for at skrive den.
editor-import-confirm = Farver nær paletten skal bekræftes, før tegningen kan sættes ind. Intet er ændret.
editor-import-nothing = Tegningen kan ikke importeres. Intet er ændret.
editor-import-accept-near = Brug de nærmeste paletfarver
editor-import-apply = Sæt tegningen ind
editor-import-cancel = Annullér
editor-import-no-preview = Ingen forhåndsvisning
editor-import-applied = Tegningen er sat ind ({ $path }). Gem for at skrive den.

## Udgivelse

editor-publish = Udgiv …
editor-publish-dialog = Vælg mappen, designmanualen udgives i
editor-publish-save-first = Gem dine ændringer, før du udgiver.
editor-publishing = Udgiver designmanualen …
editor-publish-no-dialog = Der kan ikke vises en mappedialog her. Udgiv med designprogram manual publish --to MAPPE.
