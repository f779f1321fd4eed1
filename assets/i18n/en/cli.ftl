# The command line: messages (the --help text stays in English, as is the convention). Every message also
# exists in ../da/cli.ftl.
cli-error = error: { $message }
cli-warning = warning: { $message }
cli-resolved = “{ $given }” is taken to mean “{ $id }”.
cli-force-hint = Use --force to replace it.
cli-pack-progress = files
cli-pack-summary = { $files ->
        [one] 1 file
       *[other] { $files } files
    }, { $megabytes } MB, manifest: { $manifest }
cli-pack-warning = warning [{ $rule }]: { $files ->
        [one] 1 file
       *[other] { $files } files
    }. { $message } See “designprogram export … --dry-run” for one of them.
cli-no-window = the window could not open: { $reason }
cli-no-gui = This build has no desktop application (built without the `gui` feature). Commands:
cli-list-lockups = lockups
cli-list-colorways = colourways
cli-list-fields = { $count ->
        [one] 1 field
       *[other] { $count } fields
    }
cli-list-px-wide = { $width } px wide
