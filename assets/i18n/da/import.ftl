# Import af logotegninger (designprogram manual import-logo, Redigér-tilstanden)

import-paint-exact = { $color } er paletfarven { $id }.
import-paint-near = { $color } ligger nær paletfarven { $id } { $hex } (ΔE2000 { $delta }), men er ikke den. Brug paletfarven med --accept-near, eller ret tegningen.
import-paint-near-accepted = { $color } bliver paletfarven { $id } { $hex } (ΔE2000 { $delta }, accepteret).
import-paint-mapped = { $color } bliver paletfarven { $id } { $hex } (ΔE2000 { $delta }, valgt med --map).
import-paint-off = { $color } er ikke en paletfarve; nærmeste paletfarve er { $id } { $hex } (ΔE2000 { $delta }). Ret tegningen, eller vælg en paletfarve med --map { $color }={ $id }.
import-map-unknown = --map { $color }={ $id }: »{ $id }« er ikke en farve i paletten (colors.toml).
import-refused = Tegningen afvises: { $reason }
import-summary = { $file }: { $width } × { $height } brugerenheder, { $colors ->
        [one] én farve
       *[other] { $colors } farver
    } → { $path }
import-needs-confirmation = Intet er ændret: farver nær paletten skal bekræftes (--accept-near).
import-refused-nothing-changed = Intet er ændret.
import-read-error = { $file } kan ikke læses: { $detail }
import-missing = { $entry } findes ikke: opret den med { $option } NØGLE=VÆRDI (fx { $example }).
