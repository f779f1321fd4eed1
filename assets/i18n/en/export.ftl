# Export: errors, the design manual's gate and packs. Every message also exists in ../da/export.ftl.

## The gate: nothing is written that breaks the design manual
gate-blocked = { $count ->
        [one] The file breaks the design manual and was not written
       *[other] { $count } files would break the design manual, so nothing was written
    }: { $reason }
gate-nothing-written = { $count ->
        [one] The file breaks the design manual; nothing was written.
       *[other] { $count } files would break the design manual; nothing was written.
    }

## Export errors
export-error-exists = { $path } already exists.
export-error-folder = Cannot write into the folder { $path }: { $cause }.
export-error-write = Writing { $path } failed because { $cause }. Nothing was left behind.
export-error-needs-background = JPEG cannot be transparent: choose a background colour, or save as PNG.
export-error-not-in-palette = { $artwork }: colour { $hex } is not a palette colour, so it has no authored CMYK value for print.
export-error-no-spot-name = The colourway “{ $colorway }” prints as a spot colour, but { $color } has no Pantone value (pantone_c).
export-error-unsupported = { $artwork }: { $what } cannot be written to a vector { $format } file.
export-error-encode = The { $format } file could not be encoded: { $message }
export-error-favicon-square = A favicon set is square: use the “favicon” preset or the same width and height in pixels.
export-error-favicon-logo = A favicon set is made from a logo.
export-error-favicon-background = The colourway “{ $colorway }” names no allowed background for the opaque icons: choose a background.
export-error-request = The file cannot be made: { $detail }
export-error-interrupted = The work stopped unexpectedly; nothing was written.
export-error-cancelled = The export was cancelled.
render-error-nothing = Nothing to draw: neither a logo nor a colour is chosen.
render-error-svg = { $path }: the artwork cannot be read as SVG ({ $message }).
render-error-allocation = Not enough memory for a { $width } × { $height } px image.

## What the system said
io-disk-full = the disk is full
io-permission-denied = permission was denied
io-not-found = the folder does not exist
io-not-a-folder = the path is a file, not a folder
io-read-only = the drive is read-only
io-interrupted = the work stopped unexpectedly
io-other = the system said “{ $system }”
