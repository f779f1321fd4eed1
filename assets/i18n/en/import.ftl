# Importing logo artwork (designprogram manual import-logo, the Edit mode)

import-paint-exact = { $color } is the palette colour { $id }.
import-paint-near = { $color } is near the palette colour { $id } { $hex } (ΔE2000 { $delta }) but is not it. Use the palette colour with --accept-near, or correct the artwork.
import-paint-near-accepted = { $color } becomes the palette colour { $id } { $hex } (ΔE2000 { $delta }, accepted).
import-paint-mapped = { $color } becomes the palette colour { $id } { $hex } (ΔE2000 { $delta }, chosen with --map).
import-paint-off = { $color } is not a palette colour; the nearest palette colour is { $id } { $hex } (ΔE2000 { $delta }). Correct the artwork, or choose a palette colour with --map { $color }={ $id }.
import-map-unknown = --map { $color }={ $id }: “{ $id }” is not a colour of the palette (colors.toml).
import-refused = The artwork is refused: { $reason }
import-summary = { $file }: { $width } × { $height } user units, { $colors ->
        [one] one colour
       *[other] { $colors } colours
    } → { $path }
import-needs-confirmation = Nothing changed: colours near the palette must be confirmed (--accept-near).
import-refused-nothing-changed = Nothing changed.
import-read-error = { $file } cannot be read: { $detail }
import-missing = { $entry } does not exist: create it with { $option } KEY=VALUE (e.g. { $example }).
