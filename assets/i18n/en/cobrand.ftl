# The co-branded lockup: an institution's logo together with the kommune's.

# The lockup's name: "Horizontal with Sønderborg Municipality".
cobrand-name = { $lockup } with { $with }

## Logo and export: choose the co-branded lockup
cobrand-caption = Co-branded lockup
cobrand-alone = Own logo only
cobrand-together = Together with { $with }
cobrand-required = This logo must always be shown together with the logo of { $with }, at least { $ratio } × { $reference } apart. Choose the co-branded lockup and the file gets both logos in the manual's order and distance.
cobrand-shown = The co-branded lockup: both logos in the manual's order, alignment and relative size with exactly { $ratio } × { $reference } between them. Clear space and minimum size apply to the whole lockup.

## Compliance: a co-branded lockup that cannot be made
compliance-request-no-cobrand = Logo “{ $logo }” has no co-branded lockup: its sender has no rule to show another logo together with its own.
compliance-request-no-cobrand-fix = Export the logo on its own (without “co-branded lockup”).
compliance-request-cobrand-colorway = Logo “{ $required }” has no colourway like “{ $colorway }”, so the co-branded lockup of “{ $logo }” cannot be made in that colourway.
compliance-request-cobrand-colorway-fix = Choose another colourway.
compliance-request-cobrand-broken = The co-branded lockup cannot be composed because the design manual has an error: { $detail }

## Loading [sender.cobranding]
load-relative-size = relative_size { $found } is out of range: expected 0.25–4
