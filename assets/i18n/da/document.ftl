# Designmanualen som dokument (designprogram manual document). Hver besked findes også i ../en/document.ftl.
document-contents = Indhold
document-none = –
document-footer-version = version { $version }
document-footer-page = Side { $page } af { $total }
document-cover-version = Version { $version }
document-cover-adopted = Vedtaget af { $by } den { $on }
document-cover-updated = Senest opdateret { $on }
document-cover-journal = Journalnummer { $journal }
document-error-no-font = Designmanualen indeholder ingen skriftfil, så dokumentet kan ikke sættes.
document-error-no-palette = Designmanualen har ingen farver, så dokumentet har intet at trykke med.
document-error-page = Side { $page } kunne ikke dannes: { $message }

document-intro = Om designprogrammet
document-intro-text = { $programme } samler { $organisation }s visuelle identitet: logoer, farver, typografi, formater og skabeloner. Dette er version { $version }.
document-intro-same-data = Dokumentet er dannet af designprogrammet direkte fra de samme data, som programmet bruger, når det laver filer. Derfor kan dokumentet og programmet aldrig være uenige: ændres en værdi i designmanualen, ændres den begge steder.
document-adoption = Vedtagelse
document-organisation = Organisation
document-programme = Designprogram
document-version = Version
document-adopted-by = Vedtaget af
document-adopted-on = Vedtaget den
document-updated-on = Opdateret den
document-journal = Journalnummer
document-contact = Kontakt
document-chapters = Designmanualens kapitler
document-chapters-text = Programmets kontrol af eksporter henviser til disse kapitler.
document-chapter-number = Nr.
document-chapter-name = Kapitel

document-logos = Logo
document-logos-none = Designmanualen indeholder endnu ingen logoer.
document-logo-sender = Afsender: { $sender }
document-logo-parts = Dele: { $parts }
document-logo-lockups = Opstillinger og frirum
document-logo-clear-space = Frirummet x er { $ratio } × { $reference } på alle sider. Intet andet må stå i frirummet. Programmet lægger frirummet med i alle filer.
document-logo-reference = Målestok: { $reference }
document-logo-min-print = Mindst { $mm } mm bred på tryk (x = { $x } mm)
document-logo-min-screen = Mindst { $px } px bred på skærm
document-logo-minimums = Minimumsstørrelser
document-logo-minimums-text = Logoets bredde uden frirum, på tryk i mm og på skærm i pixel. Programmet afviser mindre eksporter.
document-logo-lockup = Opstilling
document-logo-colorways = Farvevarianter og baggrunde
document-logo-colorways-text = Hver farvevariant på de baggrunde, den må stå på, og på de farver i paletten, den ikke må stå på (overstreget).
document-logo-main-color = hovedfarve { $color }
document-logo-forbidden = Ikke på { $color }
document-logo-sizes = Størrelsestabel
document-logo-width = Bredde
document-logo-position = Placering
document-logo-margin = Afstand til kant
document-preset = Format
document-position-top-left = øverst til venstre
document-position-top-center = øverst i midten
document-position-top-right = øverst til højre
document-position-center = i midten
document-position-bottom-left = nederst til venstre
document-position-bottom-center = nederst i midten
document-position-bottom-right = nederst til højre

document-colors = Farver
document-colors-text = Alle værdier er designmanualens egne. Til tryk bruges CMYK-værdierne præcis som de står her, til skærm HEX og RGB; Pantone, RAL og NCS er til skilte, tekstiler og maling. Ingen værdi er omregnet af programmet.
document-color-tints = Toner
document-role-primary = Primærfarve
document-role-secondary = Sekundærfarve
document-role-accent = Accentfarve
document-role-neutral = Neutral farve

document-typography = Typografi
document-font-roles = Bruges til
document-font-licence = Licens
document-font-fallback = Erstatning
document-font-usage = Anvendelse
document-font-role-headline = overskrifter
document-font-role-body = brødtekst
document-font-role-office = Office og e-mail
document-font-system = Systemskrift: den følger ikke med designprogrammet og kan derfor ikke vises her.
document-font-specimen = Høj bly gom vandt fræk sexquiz på wc

document-senders = Afsendere
document-senders-text = Kommunen, forvaltningerne og institutionerne, der sender kommunikation ud, med deres kontaktoplysninger og egne logoer. En afsender må bruge sine egne logoer og dem, der hører til afsenderne over den.
document-sender-kommune = Kommune
document-sender-forvaltning = Forvaltning
document-sender-institution = Institution
document-cobranding = Skal stå sammen med { $required } ({ $order }, mindst { $mm } mm imellem)
document-cobranding-own-first = eget logo først
document-cobranding-required-first = { $required } først

document-formats = Formater og eksport
document-formats-text = Formaterne, programmet eksporterer til. Tryk er CMYK med designmanualens egne værdier, beskæring og skæremærker; skærm er sRGB.
document-medium-print = Tryk
document-medium-office = Kontor
document-medium-web = Web
document-medium-social = Sociale medier
document-preset-size = Størrelse
document-preset-resolution = Opløsning
document-preset-color = Farverum
document-preset-formats = Filer
document-preset-display-scale = { $scale } × skærmopløsning
document-preset-bleed = { $mm } mm beskæring
document-preset-crop-marks = skæremærker
document-preset-favicon = favicon-sæt
document-preset-signature = e-mailsignatur

document-templates = Skabeloner
document-templates-none = Designmanualen indeholder endnu ingen skabeloner.
document-field = Felt
document-field-kind = Indhold
document-field-size = Størrelse
document-field-position = Placering (x, y)
document-field-text = tekst
document-field-image = billede

document-changelog = Ændringslog
document-changelog-empty = Ingen ændringer er registreret.
document-date = Dato
document-change = Ændring

document-cli-invalid = Designmanualen har fejl (se ovenfor); ret dem, før den trykkes som dokument (designprogram check).
document-cli-written = Designmanualen er skrevet som dokument: { $pages } sider.
document-cli-failed = Dokumentet blev ikke skrevet: { $reason }

document-contrast = Kontrast
document-contrast-text = Kontrastforholdet (WCAG 2.x) mellem farverne som tekst (rækker) og som baggrund (kolonner). • markerer par, der når designmanualens krav til brødtekst, { $ratio }:1; programmet afviser skabeloner med mindre kontrast.
document-contrast-corner = Tekst / baggrund

document-date-long = { $day }. { $month } { $year }
document-month-1 = januar
document-month-2 = februar
document-month-3 = marts
document-month-4 = april
document-month-5 = maj
document-month-6 = juni
document-month-7 = juli
document-month-8 = august
document-month-9 = september
document-month-10 = oktober
document-month-11 = november
document-month-12 = december
