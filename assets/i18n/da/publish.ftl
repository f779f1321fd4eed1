# Udgivelse af designmanualen til medarbejderne. Hver besked findes også i ../en/publish.ftl.

publish-error-invalid = Designmanualen har { $errors } fejl og udgives ikke. Ret fejlene først (designprogram check).
publish-error-exists = { $path } findes allerede med et andet indhold: hæv versionen først (designprogram manual bump), eller brug --force.
publish-error-io = Kan ikke udgive: { $path }: { $detail }
publish-done = Udgivet: { $bundle } (version { $version }, { $files } filer, SHA-256 { $sha256 }). »latest« peger nu på den.
publish-unchanged = Uændret: { $bundle } var allerede udgivet med samme indhold. »latest« peger på den.

publish-bundle-damaged = pakken er beskadiget ({ $detail })
publish-bundle-manifest = pakkens indholdsfortegnelse passer ikke med filerne ({ $detail })
publish-bundle-checksum = kontrolsummen passer ikke ({ $detail })
publish-bundle-unsafe = pakken indeholder en farlig sti ({ $detail })
publish-bundle-limit = pakken overskrider en grænse ({ $detail })
publish-bundle-invalid = designmanualen i pakken har { $detail } fejl
publish-bundle-io = pakken kan ikke læses ({ $detail })

publish-notice-ignored = Den udgivne designmanual { $bundle } er ikke taget i brug: { $reason }. Den forrige designmanual bruges fortsat.
publish-notice-offline = Udgivelsesmappen { $location } kan ikke læses ({ $detail }). Den senest hentede designmanual bruges.
publish-notice-none = Ingen gyldig designmanual kunne hentes fra { $location }; demonstrationsmanualen vises.

publish-banner-title = Designmanualen er opdateret til { $version }
publish-banner-dismiss = OK
settings-manual-published = Den udgivne designmanual fra { $path } ({ $why ->
        [system] valgt af IT for denne computer
       *[other] valgt i indstillingerne
    })
