# Programmets tekster (skrivebordsprogrammet). Hver besked findes også i ../en/gui.ftl.

loading = Indlæser designmanualen …
window-title = Designprogram – { $organisation }
value-none = –
rail-version = Version { $version }

## Navigation og fælles handlinger

nav-overview = Oversigt
nav-logos = Logoer
nav-colors = Farver
nav-templates = Skabeloner
nav-export = Eksport
nav-settings = Indstillinger
action-back = Tilbage
action-cancel = Annullér
action-close = Luk
picture-failed = Kunne ikke tegnes
notice-copied = Kopieret: { $value }
notice-settings-failed = Indstillingerne kunne ikke gemmes: { $error }

## Størrelser

size-mm = { $width } × { $height } mm
size-px = { $width } × { $height } px
size-px-auto = { $width } px bred

## Oversigt

overview-about = Om designprogrammet
overview-organisation = Organisation
overview-version = Version
overview-adopted-by = Godkendt af
overview-adopted-on = Godkendt den
overview-updated-on = Opdateret den
overview-journal = Journalnr.
overview-contact = Kontakt
overview-count-logos = Logoer
overview-count-colors = Farver
overview-count-presets = Formater
overview-count-templates = Skabeloner
overview-count-senders = Afsendere
overview-count-families = Skrifttyper
overview-chapters = Kapitler
overview-chapter-logos = { $count ->
    [one] 1 logo
   *[other] { $count } logoer
}
overview-changes = Hvad er ændret
overview-change-title = Version { $version } · { $date }

## Logoer

logos-title = Logoer
logos-count = Viser { $shown } af { $total } logoer
logos-search = Søg efter logo, afsender eller fx »byvåben« …
logos-all-senders = Alle afsendere
logos-all-lockups = Alle opstillinger
logos-all-colorways = Alle farvevarianter
logos-clear = Nulstil
logos-none = Ingen logoer passer til søgningen
logos-none-hint = Prøv et andet ord, fx »logo«, »bomærke« eller navnet på din arbejdsplads, eller nulstil filtrene.
logos-show-more = Vis flere ({ $count } mere)
sender-kommune = Kommune
sender-forvaltning = Forvaltning
sender-institution = Institution
colorway-positive = Positiv (farve)
colorway-negative = Negativ (hvid)
colorway-black = Sort
colorway-greyscale = Gråtone
colorway-spot = Énfarvet (Pantone)

## Logo

detail-missing = Logoet findes ikke længere i manualen
detail-lockup = Opstilling
detail-colorway = Farvevariant
detail-background = Baggrund
detail-show-clear-space = Vis frizone
detail-show-minimum = Vis minimumsstørrelse
detail-minimum-actual = Minimumsstørrelse i faktisk størrelse
detail-allowed = »{ $colorway }« er godkendt på baggrunden »{ $background }«.
detail-not-allowed = »{ $colorway }« må ikke bruges på baggrunden »{ $background }«.
detail-use-suggested = Brug »{ $colorway }«
detail-export = Eksportér …
detail-rules = Regler for logoet
detail-clear-space = Frizone
detail-clear-space-rule = { $ratio } × { $reference } på alle sider
detail-minimum = Minimumsstørrelse
detail-minimum-both = { $mm } mm i tryk · { $px } px på skærm
detail-allowed-backgrounds = Godkendte baggrunde

## Farver

colors-title = Farver
colors-subtitle = Manualens farver med de værdier, den selv angiver. Klik på en værdi for at kopiere den.
colors-copy = Kopiér
color-hex = HEX
color-rgb = RGB
color-cmyk = CMYK
color-pantone-c = Pantone C
color-pantone-u = Pantone U
color-ral = RAL
color-ncs = NCS
matrix-sample = Aa
role-primary = Primær farve
role-secondary = Sekundær farve
role-accent = Accentfarve
role-neutral = Neutral farve
matrix-title = Kontrast mellem farverne
matrix-explain = Tekstfarve ned ad siden, baggrund hen over. Kontrastforholdet efter WCAG 2.1.
matrix-corner = Tekst ↓ på baggrund →
matrix-aaa = AAA
matrix-aa = AA
matrix-large = 3:1
matrix-fail = Nej
matrix-aaa-explain = Mindst 7:1 – læsbar brødtekst, også for svagtseende (AAA).
matrix-aa-explain = Mindst 4,5:1 – læsbar brødtekst (AA).
matrix-large-explain = Mindst 3:1 – kun stor tekst (fra 18 pt eller 14 pt fed) samt grafik og ikoner.
matrix-fail-explain = Under 3:1 – må ikke bruges til tekst eller betydningsbærende grafik.

## Skabeloner

template-kind-letterhead = Brevpapir
template-kind-business-card = Visitkort
template-kind-poster = Plakat
template-kind-social = Opslag til sociale medier
template-kind-envelope = Kuvert
template-kind-presentation = Præsentation
template-kind-email-signature = E-mailsignatur

## Eksport

export-title = Eksport
export-subtitle = Vælg logo og format. Programmet tjekker filen mod designmanualen, mens du vælger.
export-logo = Logo
export-colorway-auto = Automatisk (passer til baggrunden)
export-transparent = Gennemsigtig
export-sender = Afsender
export-sender-none = Ikke angivet
export-presets = Hvad skal filen bruges til?
medium-print = Print
medium-office = Kontor
medium-web = Web
medium-social = Sociale medier
export-format = Filformat
export-page = Hel side med baggrund, beskæring og skæremærker
format-pdf = PDF
format-png = PNG
format-jpeg = JPEG
format-svg = SVG
format-ico = ICO
export-srgb = sRGB
export-dpi = { $dpi } dpi
export-result = Filen
export-file-size = Størrelse
export-resolution = Opløsning
export-color-space = Farverum
export-cmyk = CMYK (manualens egne værdier)
export-display-size = Vis i Outlook som
export-print-size = Trykstørrelse
export-report = Tjek mod designmanualen
export-report-waiting = Vælg et format, så tjekker programmet filen.
export-report-clean = Ingen fund – filen følger designmanualen.
severity-blocking = Blokerende
severity-warning = Advarsel
severity-info = Til orientering
export-chapter = Designmanualen, kapitel { $number }: { $name }
export-save = Gem …
export-enter-hint = eller tryk Enter
export-need-logo = Vælg et logo.
export-need-preset = Vælg, hvad filen skal bruges til.
export-saving = Gemmer …
export-blocked = Kan ikke gemmes, fordi filen bryder designmanualen: { $reason }
export-save-dialog = Gem logo
export-writing = Skriver filen …
export-saved = Gemt: { $path }
export-failed = Filen kunne ikke gemmes: { $error }
export-reveal = Vis i mappe
export-pack = Logopakke
export-pack-explain = Alle logoer i alle opstillinger, farvevarianter og filformater, som det valgte format tillader – navngivet efter manualen, med manifest og en læs-mig-fil til trykkeriet eller skiltefirmaet.
export-pack-need-preset = Vælg først, hvad filerne skal bruges til.
export-pack-start = Eksportér logopakke …
export-pack-dialog = Vælg mappe til logopakken
export-pack-progress = { $done } af { $total } filer
export-pack-done = Logopakken er gemt ({ $count } filer) i { $path }
export-pack-cancelled = Logopakken blev annulleret.


## Indstillinger

settings-title = Indstillinger
settings-language = Sprog
settings-theme = Tema
settings-theme-light = Lyst
settings-theme-dark = Mørkt
settings-manual = Designmanual
settings-manual-embedded = Den indbyggede designmanual
settings-manual-folder = Mappen { $path } ({ $why ->
        [settings] valgt her i indstillingerne
        [argument] angivet med --manual på kommandolinjen
        [environment] angivet med miljøvariablen DESIGNPROGRAM_MANUAL
       *[other] valgt af programmet
    })
settings-manual-explain = Programmet kan læse manualen fra en mappe, fx på et fællesdrev. Ændringer i mappen ses efter »Indlæs igen«.
settings-choose-folder = Vælg mappe …
settings-use-embedded = Brug den indbyggede
settings-reload = Indlæs igen
settings-export-folder = Standardmappe til eksport
settings-export-folder-none = Ingen – dialogen åbner i den sidst brugte mappe
settings-clear = Fjern
settings-saved-in = Indstillingerne gemmes i { $path }
settings-not-saved = Indstillingerne kan ikke gemmes på denne computer.

## Problemer i manualen

problems-summary = Designmanualen har { $errors ->
    [one] 1 fejl
   *[other] { $errors } fejl
} og { $warnings ->
    [one] 1 advarsel
   *[other] { $warnings } advarsler
}. Programmet viser den gyldige del.
problems-show = Vis problemer
problems-hide = Skjul problemer
problems-error = Fejl
problems-warning = Advarsel
