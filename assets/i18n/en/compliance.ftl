# Compliance: findings, fixes and the `contrast` command. Every message also exists in ../da/compliance.ftl.
# Numbers and measures arrive formatted (decimal point, unit): "25 mm", "4.5:1", "300 ppi".

compliance-or = or

## The report
compliance-summary-blocking = The export breaks the design manual and cannot be made ({ $blocking } blocking { $blocking ->
        [one] finding
       *[other] findings
    }, { $warnings ->
        [0] no warnings
        [one] 1 warning
       *[other] { $warnings } warnings
    }).
compliance-summary-warning = The export follows the design manual, but read { $warnings ->
        [one] the warning
       *[other] the { $warnings } warnings
    } above.
compliance-summary-ok = The export follows the design manual.
compliance-severity-blocking = Blocking
compliance-severity-warning = Warning
compliance-severity-info = Info
compliance-fix-label = What to do
compliance-chapter-label = Design manual, chapter { $number }: { $name }

## The palette
compliance-palette-tint = { $color } may not be used as a { $tint } % tint.
compliance-palette-tint-fix = Choose one of the allowed tints: { $tints }.
compliance-palette-no-tints-fix = { $color } has no tints. Use the full colour: { $id }.
compliance-palette-hex = { $spec } is the palette colour { $color }, but it must be given by its id.
compliance-palette-hex-fix = Write { $id } instead.
compliance-palette-unknown = “{ $spec }” is not a colour of the palette. The design manual allows only the palette colours and their tints.
compliance-palette-unknown-fix = Choose one of the palette colours: { $ids }.

## Requests the design manual does not know
compliance-request-choose = Choose one of these: { $ids }.
compliance-request-unknown-logo = The design manual has no logo called “{ $id }”.
compliance-request-unknown-lockup = The logo “{ $logo }” has no lockup called “{ $id }”.
compliance-request-unknown-colorway = The logo “{ $logo }” has no colourway called “{ $id }”.
compliance-request-missing-artwork = The design manual lacks the logo file for “{ $logo }” ({ $lockup }, { $colorway }).
compliance-request-missing-artwork-fix = Tell the people who maintain the design manual (“designprogram check” shows the error).
compliance-request-unknown-preset = The design manual has no preset called “{ $id }”.
compliance-request-invalid-size = The size is impossible: { $detail }.
compliance-request-invalid-size-fix = Use a width, height and resolution above 0 – and a lower resolution if the file gets too large.

## The logo
compliance-minimum-size = The logo would be only { $measured } wide. The minimum size for “{ $lockup }” in the colourway “{ $colorway }” is { $required }.
compliance-minimum-size-fix = Make the file at least { $width } wide, so that the logo is { $required } wide.
compliance-minimum-size-preset-fix = Choose a larger preset than “{ $preset }”.
compliance-clear-space-missing = The file ends right at the logo, so the clear space is missing. The design manual requires { $required } of free space all around ({ $ratio } × { $reference }).
compliance-clear-space-cut = The clear space is cut off: there is only { $measured } from the logo to the edge, but there must be { $required } ({ $ratio } × { $reference }).
compliance-clear-space-fix = Include the clear space in the file. Then text and images cannot come too close to the logo when the file is placed.
compliance-proportions = The format is { $width } × { $height } and has other proportions than the logo. The logo is scaled to fit and centred – it is never stretched.
compliance-colorway-picked-default = The colourway “{ $colorway }” was picked: it is the one used when no background is chosen.
compliance-colorway-picked = The colourway “{ $colorway }” was picked because it suits the background { $background }.
compliance-colorway-background-contrast = The colourway “{ $colorway }” may not be used on the background { $background }: the logo cannot be seen clearly (the contrast is { $measured }, but must be at least { $required }).
compliance-colorway-background = The design manual does not allow the colourway “{ $colorway }” on the background { $background }.
compliance-contrast = The logo's colour ({ $main }) has too little contrast with the background { $background }: { $measured }, but at least { $required } is required.
compliance-colorway-fix = Use the colourway “{ $colorway }”.
compliance-colorway-background-fix = Choose a background that “{ $colorway }” may stand on: { $backgrounds }.

## File format, colour space and resolution
compliance-resolution-low = The image has { $measured } at its final size. For print it should have at least { $required }, or the logo may look blurred.
compliance-resolution-blocking = The image has only { $measured } at its final size. Below { $floor } the logo prints blurred; the design manual requires { $required }.
compliance-resolution-fix = Choose at least { $required }, or use PDF – it keeps the logo sharp at any size.
compliance-medium-ico-print = { $format } is an icon format for screens and cannot be printed.
compliance-medium-rgb-print = A { $format } file has RGB colours only. The print shop converts them to CMYK, and the logo's colours may then differ from the design manual's.
compliance-medium-print-fix = Use PDF for print: it carries the design manual's own CMYK colours.
compliance-medium-pdf-screen = A { $format } file cannot be shown as an image on websites and social media.
compliance-medium-screen-fix = Use PNG, JPEG or SVG for screens.
compliance-medium-cmyk-screen = The preset is for screens, but the design manual sets it up for CMYK. Screens show RGB, so the colours may look wrong.
compliance-medium-cmyk-screen-fix = Tell the people who maintain the design manual: screen presets must be sRGB.
compliance-transparency = A JPEG cannot be transparent, so the file gets a white background.
compliance-transparency-invisible = A JPEG cannot be transparent, so the file gets a white background – and “{ $colorway }” cannot be seen on white.
compliance-transparency-fix = Choose PNG if the background must be transparent, or choose a background colour.
compliance-preset-format = “{ $preset }” cannot be made as { $format }.
compliance-preset-format-fix = Choose { $formats }.
compliance-preset-lockup = The lockup “{ $lockup }” may not be used for “{ $preset }”.
compliance-preset-lockup-fix = Choose the lockup { $lockups }.
compliance-preset-lockup-none-fix = “{ $logo }” has no lockup that may be used for “{ $preset }”. Choose another preset or another logo.

## Senders
compliance-sender-unknown = The design manual has no sender called “{ $id }”.
compliance-sender-logo = { $sender } may not use “{ $logo }”, which belongs to { $owner }.
compliance-sender-logo-fix = Choose one of the logos { $sender } may use: { $logos }.
compliance-cobranding = { $owner } must always show “{ $required }” together with its own logo. This file has only “{ $logo }”.
compliance-cobranding-fix = Place “{ $required }” beside it with at least { $gap } between them ({ $ratio } × { $reference }), { $order ->
        [own-first] your own logo first
       *[other] “{ $required }” first
    }. Or export the co-branded lockup “{ $lockup }”: it has both logos at the right distance.

## Text in templates
compliance-text-contrast = The { $size ->
        [large] large text
       *[other] text
    } ({ $text }) has too little contrast with the background ({ $background }): { $measured }, but at least { $required } is needed so that everyone can read it.
compliance-text-contrast-fix = Use, for example, { $color } for the text (contrast { $ratio }).
compliance-text-contrast-background-fix = Choose a lighter or darker background.

## designprogram contrast
contrast-heading = Contrast between { $a } and { $b }
contrast-ratio = Contrast ratio: { $ratio }
contrast-aa-normal = AA, normal text
contrast-aa-large = AA, large text
contrast-aaa-normal = AAA, normal text
contrast-aaa-large = AAA, large text
contrast-non-text = Graphics and logos (non-text)
contrast-pass = passes
contrast-fail = fails
contrast-large-note = Large text: at least 18 pt, or 14 pt bold.
contrast-unknown-color = “{ $spec }” is neither a palette colour nor a HEX value like #00734a.
