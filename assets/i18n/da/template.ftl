# Skabeloner: fund ved udfyldte skabeloner og kommandoen `template`. Hver besked findes også i ../en/template.ftl.
# Feltnavne kommer fra manualen (»Overskrift«); mål kommer færdigformaterede ("300 ppi", "0,4 mm").

unit-chars = { $count } tegn
template-kind-notice = Opslag
template-kind-signature = E-mailsignatur

## Fund
template-unknown = Designmanualen har ingen skabelon, der hedder »{ $id }«.
template-unknown-sender = Designmanualen har ingen afsender, der hedder »{ $id }«.
template-unknown-preset = Skabelonens format »{ $id }« mangler i designmanualen.
template-format = Skabelonen kan ikke gemmes som { $format } i dette format. Vælg { $formats }.
template-required = Feltet »{ $field }« skal udfyldes.
template-required-fix = Skriv en tekst i »{ $field }«.
template-required-person-fix = Udfyld dine oplysninger under Mine oplysninger (navn, titel, telefon, e-mail).
template-required-sender-fix = Designmanualen har ikke de oplysninger om { $sender }; giv besked til dem, der vedligeholder designmanualen.
template-text-overflow = Teksten i »{ $field }« er { $count } tegn for lang – den kan ikke være i feltet, heller ikke i den mindste skriftstørrelse ({ $min } { $unit }).
template-text-overflow-fix = Forkort teksten til højst { $fitting } tegn (feltet har plads til { $lines } linjer).
template-in-field = »{ $field }«: { $message }
template-text-on-photo = Teksten i »{ $field }« står direkte på fotoet, så kontrasten kan ikke måles. Tjek, at den kan læses.
template-color-not-allowed = Farven { $color } må ikke bruges i »{ $field }«.
template-color-not-allowed-fix = Vælg { $colors }.
template-logo-missing = { $sender } har intet logo i designmanualen, så logopladsen bliver tom.
template-logo-missing-fix = Vælg en anden afsender, eller giv besked til dem, der vedligeholder designmanualen.
template-photo-read = Fotoet til »{ $field }« ({ $file }) kan ikke læses.
template-photo-file-too-large = Fotoet til »{ $field }« ({ $file }) er en for stor fil.
template-photo-format = Fotoet til »{ $field }« ({ $file }) er ikke et JPEG-, PNG- eller WebP-billede.
template-photo-too-large = Fotoet til »{ $field }« ({ $file }) har for mange pixels og bliver ikke åbnet (højst 20.000 pixels på hver led og 100 millioner i alt).
template-photo-corrupt = Fotoet til »{ $field }« ({ $file }) er beskadiget og kan ikke vises.
template-photo-unreadable-fix = Vælg et andet foto. Resten af skabelonen er som før.
template-photo-resolution = Fotoet i »{ $field }« får kun { $measured } i den færdige størrelse; designmanualen kræver { $required }.
template-photo-resolution-fix = Brug et foto med flere pixels – et foto bliver aldrig strakt.
template-qr-too-long = Linket i »{ $field }« er for langt til en QR-kode ({ $count } tegn).
template-qr-too-long-fix = Brug et kortere link.
template-qr-module-size = QR-koden i »{ $field }« får kun { $measured } store felter; designmanualen kræver mindst { $required }, ellers kan den ikke scannes sikkert.
template-qr-module-size-fix = Brug et kortere link (så får koden færre og større felter) eller et større format.
template-qr-contrast = QR-koden i »{ $field }« kan ikke scannes sikkert: { $color } på { $ground } giver kontrasten { $measured }, og koden skal være mørk på lys baggrund.

## Kommandoen `template`
template-cli-saved = Gemt: { $path }
template-cli-no-templates = Designmanualen har ingen skabeloner.
template-cli-variants = Formater
template-cli-fields = Felter
template-cli-required = skal udfyldes
template-cli-source = udfyldes fra { $source }
template-cli-colors = farver: { $colors }
template-cli-size = { $max }–{ $min } { $unit }, højst { $lines } linjer

## Indlæsning af templates.toml (diagnostik fra `check`)
load-template-format = skabelonformat { $found } understøttes ikke: programmet læser format { $format } (docs/manual-format.md)
load-template-format-missing = forventede `format = { $format }` øverst: skabeloner i format 1 (kun geometri) læses ikke længere; se docs/manual-format.md
load-template-kind = ukendt skabelontype "{ $found }": forventede en af { $known }
load-template-variant-units = varianten "{ $variant }" er målt i { $units }, men designets forudindstilling "{ $design }" i { $design-units }: et design skaleres kun mellem forudindstillinger med samme enhed
load-template-element-kind = ukendt elementtype "{ $found }": forventede block, graphic, logo, text, photo eller qr
load-template-key-kind = nøglen `{ $key }` betyder intet for et { $kind }-element (ignoreres)
load-template-range = { $key } = { $found } er uden for intervallet: forventede { $min }–{ $max }
load-template-only = "{ $id }" er ikke en variant af skabelonen (`only` forventer forudindstillinger fra `variants` eller designet)
load-template-field-label = et { $kind }-felt skal have name_da (sin etiket)
load-template-field-id = et { $kind }-felt skal have et id
load-template-fit = elementet ({ $x }, { $y }, { $width } × { $height } { $unit }) er ikke inden for designets side på { $page-width } × { $page-height } { $unit }
load-template-needs = elementet skal have `{ $key }`{ $key ->
        [color] {" "}(et farve-id fra paletten)
        [colors] {" "}(de paletfarver, brugeren kan vælge mellem)
        [file] {" "}(en SVG i manualens mappe)
        [font_size] {" "}= [største, mindste]
       *[other] {""}
    }
load-template-role = ingen skrifttype i typography.toml har rollen "{ $role }"
load-template-font-size = font_size skal være [største, mindste] med 0 < mindste ≤ største ≤ { $max }
load-template-source = ukendt kilde "{ $found }": forventede en af { $known }
load-template-default = standardteksten må højst være { $max } tegn uden kontroltegn
load-template-qr-square = en QR-kode er kvadratisk: den tegnes som det største kvadrat, der passer i feltet, i midten
load-template-not-palette = { $key ->
        [background] baggrundsfarven
        [overlay] overlayfarven
        [placeholder] pladsholderfarven
       *[other] farven
    } "{ $id }" er ikke en paletfarve (henvisning til et id, der ikke findes)
