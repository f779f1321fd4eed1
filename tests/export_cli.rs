//! The `export` command's contract for scripts: paths on stdout, clear errors in the user's language (Danish by
//! default, `--lang en`), exit codes (1 request, 4 write); names and synonyms for logos, colours and senders.

mod export_support;

use export_support::designprogram;

fn run(dir: &std::path::Path, args: &[&str]) -> (Option<i32>, String, String) {
    let out = designprogram(dir).args(args).output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn exit_codes_and_messages() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let target = d.join("logo.png");
    let target = target.to_str().unwrap();

    let (code, stdout, _) = run(
        d,
        &["export", "kommune", "--width-px", "200", "--out", target],
    );
    assert_eq!(code, Some(0));
    assert_eq!(stdout.trim(), target);

    // The file exists: refused without --force (exit 4), replaced with it.
    let (code, _, stderr) = run(
        d,
        &["export", "kommune", "--width-px", "200", "--out", target],
    );
    assert_eq!(code, Some(4));
    assert!(
        stderr.contains("findes allerede. Brug --force for at erstatte den."),
        "{stderr}"
    );
    let (code, _, _) = run(
        d,
        &[
            "export",
            "kommune",
            "--width-px",
            "200",
            "--out",
            target,
            "--force",
        ],
    );
    assert_eq!(code, Some(0));

    // A folder that does not exist (exit 4), nothing created.
    let missing = d.join("missing").join("x.png");
    let (code, _, stderr) = run(
        d,
        &[
            "export",
            "kommune",
            "--width-px",
            "200",
            "--out",
            missing.to_str().unwrap(),
        ],
    );
    assert_eq!(code, Some(4));
    assert!(
        stderr.contains("fejl: Der kan ikke skrives i mappen")
            && stderr.contains("mappen findes ikke"),
        "{stderr}"
    );
    assert!(!d.join("missing").exists());

    // JPEG needs a background (exit 1, with the reason).
    let (code, _, stderr) = run(
        d,
        &[
            "export",
            "kommune",
            "--preset",
            "og-image",
            "--format",
            "jpeg",
            "--out",
            d.to_str().unwrap(),
        ],
    );
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains("JPEG kan ikke være gennemsigtig"),
        "{stderr}"
    );

    // Unknown names (exit 1), with the ids that exist.
    let (code, _, stderr) = run(d, &["export", "nope", "--preset", "og-image"]);
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains("Designmanualen har intet logo, der hedder »nope«.")
            && stderr.contains("»kaerhaveskolen«"),
        "{stderr}"
    );
    let (code, _, stderr) = run(
        d,
        &["--lang", "en", "export", "nope", "--preset", "og-image"],
    );
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains("error: The design manual has no logo called “nope”."),
        "{stderr}"
    );

    // A size is required, and --dpi goes with --width-mm (clap usage errors, exit 2).
    assert_eq!(run(d, &["export", "kommune"]).0, Some(2));
    assert_eq!(
        run(d, &["export", "kommune", "--width-mm", "60"]).0,
        Some(2)
    );

    // Into a folder: the conventional name.
    let (code, stdout, _) = run(
        d,
        &[
            "export",
            "kommune",
            "--preset",
            "poster-a3",
            "--format",
            "svg",
            "--out",
            d.to_str().unwrap(),
        ],
    );
    assert_eq!(code, Some(0));
    assert!(
        stdout
            .trim()
            .ends_with("sonderborg_kommune_horizontal_positive_srgb_poster-a3.svg"),
        "{stdout}"
    );

    // No temporary files are left anywhere.
    let leftovers: Vec<_> = std::fs::read_dir(d)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".part"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn favicon_preset_writes_the_whole_set() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("favicon");
    let (code, stdout, stderr) = run(
        dir.path(),
        &[
            "export",
            "kommune",
            "--preset",
            "favicon",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(code, Some(0), "{stderr}");
    let names: Vec<String> = stdout
        .lines()
        .map(|l| {
            std::path::Path::new(l)
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    assert_eq!(names, designprogram::export::favicon::FILES);
    check_favicon_ico(&out, dir.path());
    for (file, side) in [
        ("apple-touch-icon.png", 180),
        ("icon-192.png", 192),
        ("icon-512.png", 512),
        ("icon-maskable-512.png", 512),
    ] {
        let img = image::open(out.join(file)).unwrap();
        assert_eq!((img.width(), img.height()), (side, side), "{file}");
        let opaque = img.to_rgba8().pixels().all(|p| p.0[3] == 255);
        assert_eq!(
            opaque,
            file != "icon-192.png" && file != "icon-512.png",
            "{file}"
        );
    }
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("site.webmanifest")).unwrap())
            .unwrap();
    assert_eq!(manifest["icons"][2]["purpose"], "maskable");
}

/// favicon.ico holds 16, 32 and 48 px images whose pixels are the mark: compared with the set's icon.svg as
/// rendered by an independent renderer (rsvg-convert) at the same size, the coverage agrees per pixel up to
/// anti-aliasing, the corners are transparent, and the opaque pixels have the mark's palette colours.
fn check_favicon_ico(set: &std::path::Path, tmp: &std::path::Path) {
    let frames = export_support::ico_frames(&set.join("favicon.ico"));
    let sides: Vec<(u32, u32)> = frames.iter().map(|f| (f.0, f.1)).collect();
    assert_eq!(sides, [(16, 16), (32, 32), (48, 48)]);
    // the mark's colours (manual/colors.toml): groen #00734a and lysegroen #8dc63f
    let palette = [[0x00, 0x73, 0x4a], [0x8d, 0xc6, 0x3f]];
    for (side, _, rgba) in frames {
        let reference = tmp.join(format!("rsvg-{side}.png"));
        export_support::run_ok(
            export_support::tool("rsvg-convert", "librsvg2-bin")
                .args(["-w", &side.to_string(), "-h", &side.to_string(), "-o"])
                .arg(&reference)
                .arg(set.join("icon.svg")),
        );
        let (_, _, theirs) = export_support::png_rgba(&reference);
        let alpha = |px: &[u8], i: usize| i32::from(px[i * 4 + 3]);
        let n = (side * side) as usize;
        for corner in [0, side as usize - 1, n - side as usize, n - 1] {
            assert_eq!(
                alpha(&rgba, corner),
                0,
                "{side} px: corner {corner} is not transparent"
            );
        }
        let coverage: i32 = (0..n).map(|i| alpha(&rgba, i)).sum();
        let their_coverage: i32 = (0..n).map(|i| alpha(&theirs, i)).sum();
        assert!(
            coverage > 255 * n as i32 / 20,
            "{side} px: the mark covers too little"
        );
        assert!(
            (coverage - their_coverage).abs() <= 255 * n as i32 / 50,
            "{side} px: coverage {coverage} vs rsvg-convert {their_coverage}"
        );
        let worst = (0..n)
            .map(|i| (alpha(&rgba, i) - alpha(&theirs, i)).abs())
            .max()
            .unwrap_or(0);
        assert!(
            worst <= 160,
            "{side} px: a pixel's alpha differs by {worst}"
        );
        // Straight alpha: a drawn pixel's colour is a mix of the mark's two greens, whatever its coverage.
        let drawn: Vec<&[u8]> = rgba.chunks(4).filter(|p| p[3] >= 64).collect();
        assert!(
            drawn.len() >= (n / 20),
            "{side} px: {} drawn pixels",
            drawn.len()
        );
        for p in drawn {
            let distance = distance_to_segment(
                [p[0], p[1], p[2]].map(f64::from),
                palette[0].map(f64::from),
                palette[1].map(f64::from),
            );
            assert!(
                distance <= 12.0,
                "{side} px: pixel {p:?} is no mix of the mark's colours"
            );
        }
    }
}

/// The distance of a colour from the line segment between two colours.
fn distance_to_segment(p: [f64; 3], a: [f64; 3], b: [f64; 3]) -> f64 {
    let ab: Vec<f64> = (0..3).map(|k| b[k] - a[k]).collect();
    let ap: Vec<f64> = (0..3).map(|k| p[k] - a[k]).collect();
    let t = (ab.iter().zip(&ap).map(|(x, y)| x * y).sum::<f64>()
        / ab.iter().map(|x| x * x).sum::<f64>())
    .clamp(0.0, 1.0);
    (0..3)
        .map(|k| (ap[k] - t * ab[k]).powi(2))
        .sum::<f64>()
        .sqrt()
}

#[test]
fn names_and_synonyms_resolve_and_unknown_names_suggest_the_nearest() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let out = d.to_str().unwrap();

    // Not a logo, but the search finds one: suggested, in Danish, with the list of logos.
    let (code, stdout, stderr) = run(
        d,
        &[
            "--lang", "da", "export", "skolen", "--preset", "og-image", "--out", out,
        ],
    );
    assert_eq!(code, Some(1), "{stdout}");
    assert_eq!(
        stderr.trim(),
        "fejl: Designmanualen har intet logo, der hedder »skolen«. Mente du »kaerhaveskolen«? \
         Logoerne er: »bibliotek«, »kaerhaveskolen«, »kommune«, »solbakken«."
    );

    // A synonym of one logo (the search's "skole") and a colour by its Danish name: taken, and said so.
    let (code, stdout, stderr) = run(
        d,
        &[
            "--lang",
            "da",
            "export",
            "skole",
            "--preset",
            "og-image",
            "--background",
            "grøn",
            "--out",
            out,
        ],
    );
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stderr.contains("»skole« tolkes som »kaerhaveskolen«.")
            && stderr.contains("»grøn« tolkes som »groen«."),
        "{stderr}"
    );
    assert!(
        stdout
            .trim()
            .ends_with("_kaerhaveskolen_horizontal_negative-on-groen_srgb_og-image.png"),
        "{stdout}"
    );

    // A sender by its name; a typo in a colour gets the nearest palette colour.
    let (code, _, stderr) = run(
        d,
        &[
            "export",
            "kommune",
            "--preset",
            "og-image",
            "--sender",
            "Sønderborg Kommune",
            "--dry-run",
        ],
    );
    assert_eq!(code, Some(0), "{stderr}");
    let (code, _, stderr) = run(
        d,
        &[
            "export",
            "kommune",
            "--preset",
            "og-image",
            "--background",
            "skovgren",
        ],
    );
    assert_eq!(code, Some(1));
    assert!(stderr.contains("Mente du »skovgroen«?"), "{stderr}");
}

#[test]
fn pack_summaries_and_refusals_are_in_the_users_language() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let out = d.join("pakke");
    let out = out.to_str().unwrap();
    let (code, stdout, stderr) = run(d, &["pack", "--preset", "email-signature", "--out", out]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(stdout.trim(), out);
    let summary = stderr.lines().last().unwrap();
    assert!(
        summary.ends_with("MB, manifest: manifest.json") && summary.contains(" filer, "),
        "{stderr}"
    );
    // A warning shared by many files is said once, in Danish, with how many files have it.
    assert!(
        stderr.contains("advarsel [sender.cobranding]: ") && stderr.contains(" filer. "),
        "{stderr}"
    );
    // The same folder again: refused before anything is written, with what to do.
    let (code, _, stderr) = run(d, &["pack", "--preset", "email-signature", "--out", out]);
    assert_eq!(code, Some(4));
    assert!(
        stderr.contains("fejl: ")
            && stderr.contains("findes allerede. Brug --force for at erstatte den."),
        "{stderr}"
    );
    // In English on request.
    let other = d.join("pack-en");
    let (code, _, stderr) = run(
        d,
        &[
            "--lang",
            "en",
            "pack",
            "--preset",
            "email-signature",
            "--out",
            other.to_str().unwrap(),
        ],
    );
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stderr.contains(" files, ") && stderr.contains("warning [sender.cobranding]: "),
        "{stderr}"
    );
}
