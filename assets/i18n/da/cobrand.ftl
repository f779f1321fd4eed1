# Den samlede opstilling (co-branding): institutionens logo sammen med kommunens.

# Opstillingens navn: »Liggende med Sønderborg Kommune«.
cobrand-name = { $lockup } med { $with }

## Logo og eksport: vælg den samlede opstilling
cobrand-caption = Samlet opstilling
cobrand-alone = Kun eget logo
cobrand-together = Sammen med { $with }
cobrand-required = Logoet skal altid vises sammen med { $with }s logo, mindst { $ratio } × { $reference } fra hinanden. Vælg den samlede opstilling, så får filen begge logoer i manualens rækkefølge og afstand.
cobrand-shown = Den samlede opstilling: begge logoer i manualens rækkefølge, justering og størrelsesforhold med præcis { $ratio } × { $reference } imellem. Frizone og minimumsstørrelse gælder hele opstillingen.

## Compliance: en samlet opstilling, der ikke kan laves
compliance-request-no-cobrand = Logoet »{ $logo }« har ingen samlet opstilling: dets afsender har ingen regel om at vise et andet logo sammen med sit eget.
compliance-request-no-cobrand-fix = Eksportér logoet alene (uden »samlet opstilling«).
compliance-request-cobrand-colorway = Logoet »{ $required }« har ingen farvevariant som »{ $colorway }«, så den samlede opstilling af »{ $logo }« kan ikke laves i den farvevariant.
compliance-request-cobrand-colorway-fix = Vælg en anden farvevariant.
compliance-request-cobrand-broken = Den samlede opstilling kan ikke sammensættes, fordi designmanualen har en fejl: { $detail }

## Indlæsning af [sender.cobranding]
load-relative-size = relative_size { $found } er uden for intervallet: forventede 0,25–4
