# Publishing the design manual to staff. Every message also exists in ../da/publish.ftl.

publish-error-invalid = The design manual has { $errors } error(s) and is not published. Fix them first (designprogram check).
publish-error-exists = { $path } exists with different content: bump the version first (designprogram manual bump), or use --force.
publish-error-io = Cannot publish: { $path }: { $detail }
publish-done = Published: { $bundle } (version { $version }, { $files } files, SHA-256 { $sha256 }). “latest” now points to it.
publish-unchanged = Unchanged: { $bundle } was already published with the same content. “latest” points to it.

publish-bundle-damaged = the bundle is damaged ({ $detail })
publish-bundle-manifest = the bundle's manifest does not match its files ({ $detail })
publish-bundle-checksum = the checksum does not match ({ $detail })
publish-bundle-unsafe = the bundle holds an unsafe path ({ $detail })
publish-bundle-limit = the bundle is over a limit ({ $detail })
publish-bundle-invalid = the design manual in the bundle has { $detail } error(s)
publish-bundle-io = the bundle cannot be read ({ $detail })

publish-notice-ignored = The published design manual { $bundle } was not taken into use: { $reason }. The previous design manual stays in use.
publish-notice-offline = The publish folder { $location } cannot be read ({ $detail }). The design manual fetched last is used.
publish-notice-none = No valid design manual could be fetched from { $location }; the demonstration manual is shown.

publish-banner-title = The design manual has been updated to { $version }
publish-banner-dismiss = OK
settings-manual-published = The published design manual from { $path } ({ $why ->
        [system] set by IT for this computer
       *[other] chosen in the settings
    })
