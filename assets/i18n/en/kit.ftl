# The manual in the tools staff already use: Office theme, Word and PowerPoint templates, swatches, colour
# sheet and design tokens. Every message also exists in ../da/kit.ftl.

## Compliance (kit.*)

compliance-kit-palette = The design manual has no colours, so there is no theme, swatches or tokens to make.
compliance-kit-no-senders = The design manual has no senders.
compliance-kit-preset = “{ $id }” is not a presentation format (an office preset in pixels, 16:9 or 4:3).
compliance-kit-no-presentation = The design manual has no presentation format (an office preset in pixels, 16:9 or 4:3).
compliance-kit-no-letterhead = The design manual has no letterhead template (kind = "letterhead") with a format in mm.
compliance-kit-contact = { $sender } has no contact data, so the letter template cannot have a sender block.
compliance-kit-contact-fix = Add [sender.contact] with address_lines for “{ $id }” in senders.toml.
compliance-kit-no-logo = { $sender } has no logo, and no sender above it has one.
compliance-kit-logo-size = The size table of “{ $logo }” has no size for “{ $preset }”, so the logo cannot be placed.
compliance-kit-logo-size-fix = Add a [[size]] with preset = "{ $preset }" to the logo's logo.toml.
compliance-kit-logo-small = “{ $logo }” would be { $width } wide; the minimum size is { $minimum }.
compliance-kit-logo-place = “{ $logo }” with its clear space runs off the page at the size table's position for “{ $preset }”.

## Formats

kit-format-office-theme = Office theme
kit-format-word = Word letter template
kit-format-powerpoint = PowerPoint template
kit-format-swatches = Swatches (Adobe .ase)
kit-format-color-sheet = Colour sheet for the print shop (PDF)
kit-format-tokens = Design tokens (DTCG)
kit-format-css = CSS variables
kit-format-scss = SCSS map

## Screens

kit-group = Office and web
kit-group-explain = The manual's colours, fonts and logos as files for Word, PowerPoint, Adobe programs and the web.
kit-sender = Sender
kit-save-office-theme = Save Office theme …
kit-install-office-theme = Install in Office
kit-save-word = Save Word letter template …
kit-save-powerpoint = Save PowerPoint template …
kit-save-swatches = Save swatches (.ase) …
kit-save-color-sheet = Save colour sheet (PDF) …
kit-save-tokens = Save design tokens …
kit-save-css = Save CSS …
kit-save-scss = Save SCSS …
kit-colors-as = Get the colours as …
kit-saved = Saved: { $path }
kit-installed = Installed in Office: { $path }
kit-failed = The file was not saved: { $error }
kit-writing = Saving …

## Template contents

kit-theme-name = { $organisation } { $version }
kit-word-recipient = Recipient's name and address
kit-word-date = Pick a date
kit-word-date-format = d MMMM yyyy
kit-word-subject = Subject
kit-word-case = Case number
kit-word-date-label = Date
kit-word-case-label = Case no.
kit-word-phone-label = Phone
kit-word-email-label = E-mail
kit-word-web-label = Web
kit-word-hours-label = Opening hours
kit-word-body = Write the letter here.
kit-word-greeting = Kind regards
kit-word-page = Page
kit-word-of = of
kit-style-heading = Heading { $level }
kit-style-body = Body Text
kit-slide-title = Title slide
kit-slide-title-content = Title and content
kit-slide-section = Section header
kit-slide-two-content = Two content
kit-slide-picture = Picture with caption
kit-slide-closing = Closing
kit-slide-title-text = Click to add title
kit-slide-subtitle-text = Click to add subtitle
kit-slide-body-text = Click to add text
kit-slide-picture-text = Click the icon to add a picture
kit-slide-closing-text = Thank you
kit-swatch-group-cmyk = { $organisation } – CMYK
kit-swatch-group-spot = { $organisation } – Pantone (spot)
kit-swatch-group-rgb = { $organisation } – RGB
kit-sheet-title = Colour sheet – { $programme }
kit-sheet-subtitle = Version { $version } · { $date } · every value as the design manual states it
kit-sheet-tint = Tints
kit-for-sender = The templates are made for { $sender } (choose the sender above).
kit-install-unsupported = Office themes can only be installed automatically on Windows; save the theme and pick it in Office under Design → Themes → Browse for Themes.
kit-install-only-theme = --install is only for “kit office” (the Office theme).

## Loading [office_theme] in colors.toml

load-office-slot = office_theme has no slot `{ $key }`: expected dk1, lt1, dk2, lt2, accent1–accent6, hlink or folhlink
load-office-dangling = office_theme.{ $key } = "{ $id }" is not a palette colour (dangling id); the default is used
kit-stopped = The job stopped unexpectedly; try again.
