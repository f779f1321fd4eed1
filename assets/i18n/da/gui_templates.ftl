# Skabeloner i programmet: galleriet, formularen, forhåndsvisningen, kontrollen og at gemme.
# Hver besked findes også i ../en/gui_templates.ftl.

templates-title = Skabeloner
templates-subtitle = Vælg en skabelon, udfyld felterne, og gem en færdig fil, der følger designmanualen.
templates-none = Manualen har ingen skabeloner.
templates-sender = Afsender
templates-channel-all = Alle
templates-channel-print = Print
templates-channel-screen = Skærm
templates-channel-email = E-mail
templates-variants = { $count } formater
templates-open-saved = Åbn gemt skabelon …
templates-drop-hint = Du kan også trække et foto eller en .dpskabelon-fil ind i vinduet.
templates-back = ← Alle skabeloner
templates-variant = Format
# A format button: the ISO 216 name and the trim size, e.g. "A3 · 297 × 420 mm".
templates-variant-iso = { $name } · { $size }
templates-page = Side { $number }
templates-required-legend = Felter med * skal udfyldes.
templates-count = { $count } tegn · højst { $lines ->
        [one] én linje
       *[other] { $lines } linjer
    }
templates-qr-placeholder = https://
templates-source-empty = (ikke udfyldt)
templates-from-sender = Udfyldes fra afsenderen i designmanualen.
templates-from-person = Udfyldes fra Mine oplysninger under Indstillinger.
templates-photo-choose = Vælg foto …
templates-photo-remove = Fjern foto
templates-photo-none = Intet foto valgt.
templates-photo-loading = indlæser …
templates-photo-size = { $width } × { $height } pixels
templates-photo-unusable = kan ikke bruges (se kontrollen)
templates-photo-focus = Fokuspunkt { $x } % fra venstre, { $y } % fra toppen. Klik på fotoet i forhåndsvisningen for at flytte det.
templates-photo-dialog = Vælg et foto
templates-photo-filter = Foto (JPEG, PNG, WebP)
templates-preview-updating = Opdaterer forhåndsvisningen …
templates-preview-ready = Forhåndsvisningen er opdateret.
templates-save-heading = Gem som
templates-save = Gem …
templates-save-fill = Gem skabelon …
templates-copy-html = Kopiér HTML (nye Outlook)
templates-html-copied = E-mailsignaturen er kopieret som HTML. Sæt den ind under Signaturer i Outlook.
templates-saving = Gemmer …
templates-blocked = Kan ikke gemmes: { $reason }
templates-save-dialog = Gem den udfyldte skabelon
templates-save-fill-dialog = Gem skabelonen, så du kan bruge den igen
templates-open-dialog = Åbn en gemt skabelon
templates-saved-filter = Gemt skabelon (.dpskabelon)
templates-save-here = Gem
templates-open-here = Åbn
templates-cancel = Annullér
templates-exists = { $path } findes allerede. Vil du erstatte den?
templates-replace = Erstat
templates-saved = Gemt: { $path }
templates-fill-saved = Skabelonen er gemt: { $path }
templates-reveal = Vis i mappe
templates-writing = Skriver filen …
templates-check = Kontrol
templates-check-ok = Skabelonen følger designmanualen.
templates-opened-warnings = Skabelonen er åbnet, men noget i filen blev sprunget over: { $warnings }
templates-saved-unreadable = { $path } kan ikke åbnes som gemt skabelon: { $detail }

## Mine oplysninger
settings-person = Mine oplysninger
settings-person-explain = Bruges i skabelonernes personfelter (visitkort, brevpapir) og i e-mailsignaturen.
settings-person-name = Navn
settings-person-title = Titel
settings-person-phone = Direkte telefon
settings-person-email = E-mail
settings-workplace = Min arbejdsplads
settings-workplace-none = Ikke valgt
settings-workplace-explain = Din arbejdsplads er den afsender, skabeloner og logoer viser først.
