# Templates: findings of filled templates and the `template` command. Every message also exists in ../da/template.ftl.
# Field names come from the manual ("Headline"); measures come formatted ("300 ppi", "0.4 mm").

unit-chars = { $count ->
        [one] 1 character
       *[other] { $count } characters
    }
template-kind-notice = Notice
template-kind-signature = E-mail signature

## Findings
template-unknown = The design manual has no template called “{ $id }”.
template-unknown-sender = The design manual has no sender called “{ $id }”.
template-unknown-preset = The template's format “{ $id }” is missing from the design manual.
template-format = The template cannot be saved as { $format } in this format. Choose { $formats }.
template-required = The field “{ $field }” must be filled in.
template-required-fix = Write a text in “{ $field }”.
template-required-person-fix = Fill in My details (name, job title, phone, e-mail).
template-required-sender-fix = The design manual does not have that information about { $sender }; tell the people who maintain the design manual.
template-text-overflow = The text in “{ $field }” is { $count } characters too long – it does not fit the field, not even at the smallest font size ({ $min } { $unit }).
template-text-overflow-fix = Shorten the text to at most { $fitting } characters (the field has room for { $lines } lines).
template-in-field = “{ $field }”: { $message }
template-text-on-photo = The text in “{ $field }” stands directly on the photo, so its contrast cannot be measured. Check that it can be read.
template-color-not-allowed = The colour { $color } may not be used in “{ $field }”.
template-color-not-allowed-fix = Choose { $colors }.
template-logo-missing = { $sender } has no logo in the design manual, so the logo space stays empty.
template-logo-missing-fix = Choose another sender, or tell the people who maintain the design manual.
template-photo-read = The photo for “{ $field }” ({ $file }) cannot be read.
template-photo-file-too-large = The photo for “{ $field }” ({ $file }) is too large a file.
template-photo-format = The photo for “{ $field }” ({ $file }) is not a JPEG, PNG or WebP image.
template-photo-too-large = The photo for “{ $field }” ({ $file }) has too many pixels and is not opened (at most 20,000 pixels per side and 100 million in all).
template-photo-corrupt = The photo for “{ $field }” ({ $file }) is damaged and cannot be shown.
template-photo-unreadable-fix = Choose another photo. The rest of the template stays as it is.
template-photo-resolution = The photo in “{ $field }” has only { $measured } at its final size; the design manual requires { $required }.
template-photo-resolution-fix = Use a photo with more pixels – a photo is never stretched.
template-qr-too-long = The link in “{ $field }” is too long for a QR code ({ $count } characters).
template-qr-too-long-fix = Use a shorter link.
template-qr-module-size = The QR code in “{ $field }” gets modules of only { $measured }; the design manual requires at least { $required }, or it may not scan reliably.
template-qr-module-size-fix = Use a shorter link (fewer, larger modules) or a larger format.
template-qr-contrast = The QR code in “{ $field }” may not scan: { $color } on { $ground } gives a contrast of { $measured }, and the code must be dark on a light ground.

## The `template` command
template-cli-saved = Saved: { $path }
template-cli-no-templates = The design manual has no templates.
template-cli-variants = Formats
template-cli-fields = Fields
template-cli-required = required
template-cli-source = filled from { $source }
template-cli-colors = colours: { $colors }
template-cli-size = { $max }–{ $min } { $unit }, at most { $lines } lines

## Loading templates.toml (diagnostics of `check`)
load-template-format = unsupported templates format { $found }: this program reads format { $format } (docs/manual-format.md)
load-template-format-missing = expected `format = { $format }` at the top: templates of format 1 (geometry only) are no longer read; see docs/manual-format.md
load-template-kind = unknown template kind "{ $found }": expected one of { $known }
load-template-variant-units = variant "{ $variant }" is sized in { $units } but the design preset "{ $design }" in { $design-units }: a design scales only between presets of the same units
load-template-element-kind = unknown element kind "{ $found }": expected block, graphic, logo, text, photo or qr
load-template-key-kind = key `{ $key }` has no meaning for a { $kind } element (ignored)
load-template-range = { $key } = { $found } is out of range: expected { $min }–{ $max }
load-template-only = "{ $id }" is not a variant of this template (`only` expects preset ids listed in `variants` or the design)
load-template-field-label = a { $kind } field needs name_da (its label)
load-template-field-id = a { $kind } field needs an id
load-template-fit = the element ({ $x }, { $y }, { $width } × { $height } { $unit }) does not fit on the { $page-width } × { $page-height } { $unit } design page
load-template-needs = this element needs `{ $key }`{ $key ->
        [color] {" "}(a palette colour id)
        [colors] {" "}(the palette colours the user may choose between)
        [file] {" "}(an SVG in the manual folder)
        [font_size] {" "}= [largest, smallest]
       *[other] {""}
    }
load-template-role = no font family of typography.toml has the role "{ $role }"
load-template-font-size = font_size must be [largest, smallest] with 0 < smallest ≤ largest ≤ { $max }
load-template-source = unknown source "{ $found }": expected one of { $known }
load-template-default = the default must be at most { $max } characters without control characters
load-template-qr-square = a QR code is square: it is drawn at the largest square that fits the box, centred
load-template-not-palette = { $key ->
        [background] background
        [overlay] overlay
        [placeholder] placeholder
       *[other] colour
    } "{ $id }" is not a palette colour (dangling id)
