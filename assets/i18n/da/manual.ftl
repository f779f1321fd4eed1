# Indlæsning af en designmanual: fejlmeddelelser fra `check` (FIL:LINJE:KOL: fejl|advarsel: besked). Hver
# besked findes også i ../en/manual.ftl. Argumenterne er id'er, filnavne og værdier, som de står i manualen.

diag-error = fejl
diag-warning = advarsel
diag-text = { $text }

## SVG-filer
svg-dtd = SVG-filen erklærer en DTD (<!DOCTYPE …>); entitetserklæringer afvises, fjern DTD'en
svg-too-many-nodes = SVG-filen har mere end { $max } knuder; forenkl tegningen
svg-xml = SVG-filen kan ikke læses som XML: { $error }
svg-root = forventede et <svg>-rodelement, fandt <{ $found }>
svg-no-size = SVG-filen har ingen brugbar størrelse: forventede viewBox="0 0 B H" eller width og height i brugerenheder
svg-too-large = SVG-filen er { $width }×{ $height } brugerenheder; højst { $max } pr. side
svg-use-expansion = dette <use> udfolder sig til mere end { $max } elementer (henvisninger til henvisninger); forenkl tegningen
svg-logo-text = <{ $element }> i logotegning: ordmærker skal være konverteret til kurver
svg-logo-image = <image> i logotegning: logoer skal være vektorgrafik; indlejr ingen rasterbilleder
svg-forbidden-element = <{ $element }> er ikke tilladt i manualens SVG-filer
svg-style-external = <style> henviser til en ekstern fil; kun #fragment- og data:-adresser er tilladt
svg-external = `{ $attribute }` henviser til en ekstern fil ({ $value }); manualens SVG-filer skal være selvstændige
svg-unreadable = SVG-filen kan ikke tegnes: { $error }
svg-feature-refused = { $feature ->
        [filter] en filtereffekt (filter)
        [mask] en maske (mask)
        [opacity] gennemsigtighed (opacity, fill-opacity eller stroke-opacity under 1)
        [blend-mode] en blandingstilstand (mix-blend-mode)
        [gradient] en farveovergang (gradient)
        [pattern] et mønster (pattern)
        [clip-path] en beskæringssti af flere former eller med egen beskæring eller maske
        [image] et rasterbillede
       *[text] tekst
    } i logotegning afvises: { $reason ->
        [effects] designmanualen forbyder effekter på logoer, tryk-PDF'en kan ikke skrive dem i de autoriserede CMYK-værdier, og tegnetiden er ubegrænset
        [transparency] designmanualen forbyder gennemsigtighed på logoer, og PDF/X-1a-trykfiler kan ikke indeholde den
        [paint] logoer males kun med ensfarvede paletfarver; tryk-PDF'en skriver hver farve med dens autoriserede CMYK
        [clip] tryk-PDF'en kan kun skrive beskæringsstier af én form; fjern beskæringen eller gør den til én sammensat sti
        [raster] logoer skal være vektorgrafik
       *[text] ordmærker skal være konverteret til kurver
    }
svg-paint-off-palette = tegningen bruger { $property ->
        [fill] fyldfarven
       *[stroke] stregfarven
    } { $color }{ $count ->
        [1] {""}
       *[other] {" "}(på { $count } elementer, det første her)
    }, som ikke er en paletfarve; nærmeste paletfarve er { $nearest } { $nearest-hex } (ΔE2000 { $delta }). Logotegninger må kun bruge paletfarver (colors.toml)

## Manualen som helhed og opsummeringen fra `check`
manual-folder-unreadable = manualmappen kan ikke åbnes: { $error }
check-summary = { $origin }: { $name } { $version } — { $logos } logoer, { $colors } farver, { $presets } forudindstillinger, { $senders } afsendere, { $templates } skabeloner; { $errors ->
        [one] 1 fejl
       *[other] { $errors } fejl
    }, { $warnings ->
        [one] 1 advarsel
       *[other] { $warnings } advarsler
    }

## TOML-filer
toml-syntax = TOML-syntaksfejl: { $error }
toml-no-table = forventede mindst én [[{ $key }]]-tabel, fandt ingen
toml-not-array = `{ $key }` skal være en liste af tabeller ([[{ $key }]]), fandt { $found }
toml-unknown-key = ukendt nøgle `{ $key }` (ignoreret; tjek stavemåden i docs/manual-format.md)
toml-missing-field = { $context ->
        [none] {""}
       *[other] i { $context }: {""}
    }feltet `{ $field }` mangler
toml-unknown-value = { $context ->
        [none] {""}
       *[other] i { $context }: {""}
    }ukendt værdi { $value }
toml-value = { $context ->
        [none] {""}
       *[other] i { $context }: {""}
    }{ $error }

## Filer
file-not-found = filen findes ikke
file-too-large = filen fylder { $size } byte, mere end grænsen på { $limit } byte
file-unsafe = usikker sti: "{ $path }" { $reason }
file-unsafe-reason = { $reason ->
        [empty] er tom
        [absolute] er absolut; stier skal være relative til manualmappen
        [utf8] er ikke UTF-8
        [leaves] fører ud af manualmappen
        [nofile] peger ikke på en fil
       *[symlink] er en symbolsk henvisning, der peger ud af manualmappen
    }
file-unreadable = kan ikke læses: { $reason }

## Manualens filer (manual.toml, colors.toml, typography.toml, senders.toml, presets.toml, templates.toml, logos)
load-no-logos = forventede mindst én logomappe logos/<id>/logo.toml, fandt ingen
load-file-missing = den påkrævede fil mangler
load-file-error = { $file }: { $error }
load-invalid-id = ugyldigt id "{ $id }": forventede 1–48 tegn a–z, 0–9 og -
load-duplicate-id = { $kind ->
        [color] farve
        [colorway] farvevariant
        [family] skrifttype
        [chapter] kapitel
        [sender] afsender
        [preset] forudindstilling
        [part] logodel
        [lockup] opstilling
        [template] skabelon
        [field] felt
       *[other] { $kind }
    }-id'et "{ $id }" er brugt mere end én gang
load-dangling = { $kind ->
        [parent] forældreafsenderen
        [requires] det krævede logo
        [required_lockup] den krævede opstilling
        [logo_size] logo_size-forudindstillingen
        [sender] afsenderen
        [chapter] kapitlet
        [preset] forudindstillingen
       *[other] { $kind }
    } "{ $id }" findes ikke (henvisning til et id, der ikke findes)
load-date = forventede en dato som 2024-03-12, fandt { $found }
load-format-version = formatversion { $found } understøttes ikke: programmet læser format 1
load-color-hex = ugyldig HEX "{ $found }": forventede #rrggbb
load-color-rgb = ugyldig rgb: forventede tre heltal 0–255, f.eks. [0, 115, 74]
load-color-rgb-differs = rgb { $rgb } afviger fra hex { $hex }: begge bevares som angivet; skærmen bruger rgb
load-color-cmyk = ugyldig CMYK { $found }: forventede fire værdier 0–100, f.eks. [90, 20, 85, 10]
load-color-tint = ugyldig tone { $found }: forventede en procentsats 1–99
load-font-role = ukendt rolle "{ $found }": forventede headline, body eller office
load-font-invalid = { $file } er ikke en TrueType/OpenType-skrifttype
load-font-file = skriftfil { $file }: { $error }
load-licence-missing = licensfil { $file }: filen findes ikke
load-min-separation = min_separation { $found } er uden for intervallet: forventede 0–20
load-address-lines = address_lines har { $lines } linjer: en afsenderblok rummer højst { $max }
load-parent-cycle = afsenderen "{ $sender }" indgår i en ring af forældre (kæden af forældre fører tilbage til den); dens forælder ignoreres
load-positive-range = { $key } { $found } er uden for intervallet: forventede mere end 0 og højst { $max }
load-px-range = { $key } { $found } er uden for intervallet: forventede 1–20000 px
load-height-px-missing = height_px mangler: kun signaturforudindstillinger må udelade den
load-preset-size = forudindstillingen "{ $preset }": forventede enten width_mm og height_mm eller width_px (og height_px)
load-bleed = bleed_mm { $found } er uden for intervallet: forventede 0–50
load-formats-empty = formats er tom: forventede mindst ét af pdf, png, jpeg, svg, ico
load-display-scale = display_scale skal være 1–4
load-preset-lockup = forudindstillingen "{ $preset }" tillader opstillingen "{ $lockup }", som intet logo har
load-logo-folder = logo-id'et "{ $id }" skal være lig med mappenavnet "{ $folder }"
load-reference-part = referencedelen "{ $part }" er ikke en af logoets dele
load-clear-space = frirumsforholdet { $found } er uden for intervallet: forventede 0–5
load-spot-missing = en spotfarvevariant skal have `spot = "<palet-id>"`
load-spot-pantone = spotfarven "{ $color }" har ingen pantone_c, der kan navngive separationen
load-lockup-reference = reference { $found } skal være et positivt antal SVG-brugerenheder
load-files-colorway = files nævner farvevarianten "{ $colorway }", som logoet ikke definerer
load-lockup-file-missing = opstillingen "{ $lockup }" har ingen fil til farvevarianten "{ $colorway }"
load-no-lockup = logoet har ingen gyldig opstilling
load-print-mm = print_mm { $found } er uden for intervallet: forventede en positiv størrelse i mm
load-screen-px = screen_px { $found } er uden for intervallet: forventede et positivt antal pixel
load-width-mm = width_mm { $found } er uden for intervallet
load-size-below-minimum = størrelsestabel: { $width } mm til forudindstillingen "{ $preset }" er under minimum på { $minimum } mm for opstillingen "{ $lockup }" i farvevarianten "{ $colorway }"
load-not-palette = { $key ->
        [backgrounds] baggrunden
       *[other] { $key }
    } "{ $id }" er ikke en paletfarve (henvisning til et id, der ikke findes)
load-not-in-logo = { $kind ->
        [colorway] farvevarianten
        [lockup] opstillingen
       *[other] { $kind }
    } "{ $id }" er ikke defineret i dette logo (henvisning til et id, der ikke findes)
load-field-fit = feltet "{ $field }" ({ $x }, { $y }, { $width } × { $height } mm) passer ikke på siden på { $page } mm

## Afsenderes kontaktblokke
contact-empty = { $field } er tom: udelad nøglen i stedet
contact-too-long = { $field } er længere end { $max } tegn
contact-control = { $field } indeholder et styretegn
contact-email = email "{ $value }" er ikke en e-mailadresse: forventede navn@domæne.dk
contact-phone = phone "{ $value }" må kun indeholde cifre, mellemrum og + - ( )
contact-web = web "{ $value }" indeholder et mellemrum: forventede en adresse som sonderborg.dk

## [rules] i manual.toml
rules-range = rules.{ $key } = { $found } er uden for intervallet: forventede { $min }–{ $max } (standardværdien { $default } bruges)
rules-large-format = rules.large_format_mm: forventede to positive størrelser i mm, f.eks. [420, 594]
rules-blocking-above = rules.{ $key } ({ $found }) må ikke være over den opløsning, den beskytter ({ $wanted }); { $wanted } bruges
rules-chapter = rules.{ $key }: intet [[chapter]] har id'et "{ $id }"

## Tegnebudget (render::budget)
render-error-too-costly = Tegningens effekter ville tage for lang tid at tegne ({ $work } pixeloperationer; budgettet er { $limit }). Fjern filtereffekterne fra tegningen.
