# Manualen i de værktøjer, medarbejderne allerede bruger: Office-tema, Word- og PowerPoint-skabeloner,
# farveprøver, farveark og designtokens. Hver besked findes også i ../en/kit.ftl.

## Compliance (kit.*)

compliance-kit-palette = Designmanualen har ingen farver, så der kan ikke laves tema, farveprøver eller tokens.
compliance-kit-no-senders = Designmanualen har ingen afsendere.
compliance-kit-preset = »{ $id }« er ikke et præsentationsformat (et kontorformat i pixels, 16:9 eller 4:3).
compliance-kit-no-presentation = Designmanualen har intet præsentationsformat (et kontorformat i pixels, 16:9 eller 4:3).
compliance-kit-no-letterhead = Designmanualen har ingen brevpapirskabelon (kind = "letterhead") med et format i mm.
compliance-kit-contact = { $sender } har ingen kontaktoplysninger, så brevskabelonen kan ikke få afsenderblok.
compliance-kit-contact-fix = Tilføj [sender.contact] med address_lines for »{ $id }« i senders.toml.
compliance-kit-no-logo = { $sender } har intet logo, og ingen afsender over den har et.
compliance-kit-logo-size = Størrelsestabellen for »{ $logo }« har ingen størrelse til »{ $preset }«, så logoet kan ikke placeres.
compliance-kit-logo-size-fix = Tilføj en [[size]] med preset = "{ $preset }" i logoets logo.toml.
compliance-kit-logo-small = »{ $logo }« ville blive { $width } bredt; mindstestørrelsen er { $minimum }.
compliance-kit-logo-place = »{ $logo }« med frizone går ud over siden med størrelsestabellens placering for »{ $preset }«.

## Formater

kit-format-office-theme = Office-tema
kit-format-word = Word-brevskabelon
kit-format-powerpoint = PowerPoint-skabelon
kit-format-swatches = Farveprøver (Adobe .ase)
kit-format-color-sheet = Farveark til trykkeriet (PDF)
kit-format-tokens = Designtokens (DTCG)
kit-format-css = CSS-variabler
kit-format-scss = SCSS-map

## Skærmene

kit-group = Office og web
kit-group-explain = Manualens farver, skrifter og logoer som filer til Word, PowerPoint, Adobe-programmer og web.
kit-sender = Afsender
kit-save-office-theme = Gem Office-tema …
kit-install-office-theme = Installér i Office
kit-save-word = Gem Word-brevskabelon …
kit-save-powerpoint = Gem PowerPoint-skabelon …
kit-save-swatches = Gem farveprøver (.ase) …
kit-save-color-sheet = Gem farveark (PDF) …
kit-save-tokens = Gem designtokens …
kit-save-css = Gem CSS …
kit-save-scss = Gem SCSS …
kit-colors-as = Hent farverne som …
kit-saved = Gemt: { $path }
kit-installed = Installeret i Office: { $path }
kit-failed = Filen blev ikke gemt: { $error }
kit-writing = Gemmer …

## Indhold af skabelonerne

kit-theme-name = { $organisation } { $version }
kit-word-recipient = Modtagerens navn og adresse
kit-word-date = Vælg dato
kit-word-date-format = d. MMMM yyyy
kit-word-subject = Brevets overskrift
kit-word-case = Sagsnummer
kit-word-date-label = Dato
kit-word-case-label = Sagsnr.
kit-word-phone-label = Telefon
kit-word-email-label = E-mail
kit-word-web-label = Web
kit-word-hours-label = Åbningstid
kit-word-body = Skriv brevets tekst her.
kit-word-greeting = Med venlig hilsen
kit-word-page = Side
kit-word-of = af
kit-style-heading = Overskrift { $level }
kit-style-body = Brødtekst
kit-slide-title = Titeldias
kit-slide-title-content = Titel og indhold
kit-slide-section = Afsnitsoverskrift
kit-slide-two-content = To indholdsobjekter
kit-slide-picture = Billede med tekst
kit-slide-closing = Afslutning
kit-slide-title-text = Klik for at skrive en titel
kit-slide-subtitle-text = Klik for at skrive en undertitel
kit-slide-body-text = Klik for at skrive tekst
kit-slide-picture-text = Klik på ikonet for at indsætte et billede
kit-slide-closing-text = Tak
kit-swatch-group-cmyk = { $organisation } – CMYK
kit-swatch-group-spot = { $organisation } – Pantone (spot)
kit-swatch-group-rgb = { $organisation } – RGB
kit-sheet-title = Farveark – { $programme }
kit-sheet-subtitle = Version { $version } · { $date } · alle værdier som designmanualen angiver dem
kit-sheet-tint = Procenttoner
kit-for-sender = Skabelonerne laves for { $sender } (vælg afsender ovenfor).
kit-install-unsupported = Office-temaer kan kun installeres automatisk på Windows; gem temaet og vælg det i Office under Design → Temaer → Søg efter temaer.
kit-install-only-theme = --install gælder kun »kit office« (Office-temaet).

## Indlæsning af [office_theme] i colors.toml

load-office-slot = office_theme har ingen plads `{ $key }`: forventede dk1, lt1, dk2, lt2, accent1–accent6, hlink eller folhlink
load-office-dangling = office_theme.{ $key } = "{ $id }" er ikke en farve i paletten (ukendt id); standarden bruges
kit-stopped = Arbejdet stoppede uventet; prøv igen.
