# Loading a manual: diagnostics of `check` (FILE:LINE:COL: error|warning: message). Every message is also in
# ../da/manual.ftl. Arguments are ids, file names and values as written in the manual.

diag-error = error
diag-warning = warning
diag-text = { $text }

## SVG files
svg-dtd = the SVG declares a DTD (<!DOCTYPE …>); entity declarations are refused, remove the DTD
svg-too-many-nodes = the SVG has more than { $max } nodes; simplify the artwork
svg-xml = the SVG does not parse as XML: { $error }
svg-root = expected an <svg> root element, found <{ $found }>
svg-no-size = the SVG has no usable size: expected viewBox="0 0 W H" or width and height in user units
svg-too-large = the SVG is { $width }×{ $height } user units; at most { $max } per side
svg-use-expansion = this <use> expands to more than { $max } elements (references of references); simplify the artwork
svg-logo-text = <{ $element }> in logo artwork: wordmarks must be outlined as paths
svg-logo-image = <image> in logo artwork: logos must be vector; embed no raster images
svg-forbidden-element = <{ $element }> is not allowed in manual SVGs
svg-style-external = <style> references an external file; only #fragment and data: URLs are allowed
svg-external = `{ $attribute }` references an external file ({ $value }); manual SVGs must be self-contained
svg-unreadable = the SVG cannot be rendered: { $error }
svg-feature-refused = { $feature ->
        [filter] a filter effect (filter)
        [mask] a mask (mask)
        [opacity] transparency (opacity, fill-opacity or stroke-opacity below 1)
        [blend-mode] a blend mode (mix-blend-mode)
        [gradient] a gradient
        [pattern] a pattern fill
        [clip-path] a clip path of several shapes, or with its own clip or mask
        [image] a raster image
       *[text] text
    } in logo artwork is refused: { $reason ->
        [effects] the design manual forbids effects on logos, the print PDF cannot write them in authored CMYK, and their rendering cost is unbounded
        [transparency] the design manual forbids transparency on logos, and PDF/X-1a print files cannot hold it
        [paint] logos are painted in solid palette colours only; the print PDF writes each colour as its authored CMYK
        [clip] the print PDF writes clip paths of one shape only; release the clip or make it one compound path
        [raster] logos must be vector
       *[text] wordmarks must be outlined as paths
    }
svg-paint-off-palette = the artwork paints { $property } { $color }{ $count ->
        [1] {""}
       *[other] {" "}(on { $count } elements, the first here)
    }, which is not a palette colour; the nearest palette colour is { $nearest } { $nearest-hex } (ΔE2000 { $delta }). Logo artwork may only use palette colours (colors.toml)

## The manual as a whole, and the summary of `check`
manual-folder-unreadable = cannot open the manual folder: { $error }
check-summary = { $origin }: { $name } { $version } — { $logos } logos, { $colors } colours, { $presets } presets, { $senders } senders, { $templates } templates; { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }

## TOML files
toml-syntax = TOML syntax: { $error }
toml-no-table = expected at least one [[{ $key }]] table, found none
toml-not-array = `{ $key }` must be an array of tables ([[{ $key }]]), found a { $found }
toml-unknown-key = unknown key `{ $key }` (ignored; check the spelling against docs/manual-format.md)
toml-missing-field = { $context ->
        [none] {""}
       *[other] in { $context }: {""}
    }missing field `{ $field }`
toml-unknown-value = { $context ->
        [none] {""}
       *[other] in { $context }: {""}
    }unknown value { $value }
toml-value = { $context ->
        [none] {""}
       *[other] in { $context }: {""}
    }{ $error }

## Files
file-not-found = file not found
file-too-large = file is { $size } bytes, larger than the limit of { $limit } bytes
file-unsafe = unsafe path: "{ $path }" { $reason }
file-unsafe-reason = { $reason ->
        [empty] is empty
        [absolute] is absolute; paths must be relative to the manual folder
        [utf8] is not UTF-8
        [leaves] leaves the manual folder
        [nofile] names no file
       *[symlink] is a symbolic link that points out of the manual folder
    }
file-unreadable = cannot read: { $reason }

## Manual files (manual.toml, colors.toml, typography.toml, senders.toml, presets.toml, templates.toml, logos)
load-no-logos = expected at least one logo folder logos/<id>/logo.toml, found none
load-file-missing = required file is missing
load-file-error = { $file }: { $error }
load-invalid-id = invalid id "{ $id }": expected 1–48 characters a–z, 0–9 and -
load-duplicate-id = duplicate { $kind ->
        [color] colour
        [colorway] colourway
        [family] font family
       *[other] { $kind }
    } id "{ $id }"
load-dangling = { $kind ->
        [parent] parent sender
        [requires] required logo
        [required_lockup] required lockup
        [logo_size] logo_size preset
       *[other] { $kind }
    } "{ $id }" does not exist (dangling id)
load-date = expected a date like 2024-03-12, found { $found }
load-format-version = unsupported format version { $found }: this program reads format 1
load-color-hex = invalid HEX "{ $found }": expected #rrggbb
load-color-rgb = invalid rgb: expected three integers 0–255, e.g. [0, 115, 74]
load-color-rgb-differs = rgb { $rgb } differs from hex { $hex }: both are kept as authored; the screen uses rgb
load-color-cmyk = invalid CMYK { $found }: expected four values 0–100, e.g. [90, 20, 85, 10]
load-color-tint = invalid tint { $found }: expected a percentage 1–99
load-font-role = unknown role "{ $found }": expected headline, body or office
load-font-invalid = { $file } is not a TrueType/OpenType font
load-font-file = font file { $file }: { $error }
load-licence-missing = licence file { $file }: file not found
load-min-separation = min_separation { $found } is out of range: expected 0–20
load-address-lines = address_lines has { $lines } lines: a sender block holds at most { $max }
load-parent-cycle = sender "{ $sender }" has a parent cycle (its parent chain comes back to it); its parent is ignored
load-positive-range = { $key } { $found } is out of range: expected more than 0 and at most { $max }
load-px-range = { $key } { $found } is out of range: expected 1–20000 px
load-height-px-missing = height_px is missing: only signature presets may omit it
load-preset-size = preset "{ $preset }": expected either width_mm and height_mm, or width_px (and height_px)
load-bleed = bleed_mm { $found } is out of range: expected 0–50
load-formats-empty = formats is empty: expected at least one of pdf, png, jpeg, svg, ico
load-display-scale = display_scale must be 1–4
load-preset-lockup = preset "{ $preset }" allows lockup "{ $lockup }", which no logo has
load-logo-folder = logo id "{ $id }" must equal its folder name "{ $folder }"
load-reference-part = reference part "{ $part }" is not one of this logo's parts
load-clear-space = clear space ratio { $found } is out of range: expected 0–5
load-spot-missing = a spot colourway needs `spot = "<palette id>"`
load-spot-pantone = spot colour "{ $color }" has no pantone_c to name the separation
load-lockup-reference = reference { $found } must be a positive number of SVG user units
load-files-colorway = files lists colourway "{ $colorway }", which this logo does not define
load-lockup-file-missing = lockup "{ $lockup }" has no file for colourway "{ $colorway }"
load-no-lockup = the logo has no valid lockup
load-print-mm = print_mm { $found } is out of range: expected a positive size in mm
load-screen-px = screen_px { $found } is out of range: expected a positive number of pixels
load-width-mm = width_mm { $found } is out of range
load-size-below-minimum = size table: { $width } mm for preset "{ $preset }" is below the { $minimum } mm minimum of lockup "{ $lockup }" in colourway "{ $colorway }"
load-not-palette = { $key ->
        [backgrounds] background
       *[other] { $key }
    } "{ $id }" is not a palette colour (dangling id)
load-not-in-logo = { $kind ->
        [colorway] colourway
       *[other] { $kind }
    } "{ $id }" is not defined in this logo (dangling id)
load-field-fit = field "{ $field }" ({ $x }, { $y }, { $width } × { $height } mm) does not fit on the { $page } mm page

## Contact blocks of senders
contact-empty = { $field } is empty: leave the key out instead
contact-too-long = { $field } is longer than { $max } characters
contact-control = { $field } contains a control character
contact-email = email "{ $value }" is not an e-mail address: expected name@domain.dk
contact-phone = phone "{ $value }" may only hold digits, spaces and + - ( )
contact-web = web "{ $value }" contains a space: expected an address like sonderborg.dk

## [rules] in manual.toml
rules-range = rules.{ $key } = { $found } is out of range: expected { $min }–{ $max } (default { $default } is used)
rules-large-format = rules.large_format_mm: expected two positive sizes in mm, e.g. [420, 594]
rules-blocking-above = rules.{ $key } ({ $found }) must not be above the resolution it guards ({ $wanted }); { $wanted } is used
rules-chapter = rules.{ $key }: no [[chapter]] has the id "{ $id }"

## Rendering budget (render::budget)
render-error-too-costly = The drawing's effects would take too long to render ({ $work } pixel operations; the budget is { $limit }). Remove the filter effects from the artwork.
