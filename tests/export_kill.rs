//! Must show: killing the process during an A0 export leaves no file at the target path.

mod export_support;

use std::path::Path;
use std::time::{Duration, Instant};

use export_support::designprogram;

fn temporaries(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.file_name().to_string_lossy().ends_with(".part"))
        })
        .count()
}

#[test]
fn killing_an_a0_export_leaves_no_file_at_the_target() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("a0.png");
    // A0 at 300 dpi (9933 × 14043 px) on a background, with the slowest compression: seconds of writing.
    let mut child = designprogram(dir.path())
        .args([
            "export",
            "kommune",
            "--width-mm",
            "841",
            "--height-mm",
            "1189",
            "--dpi",
            "300",
            "--background",
            "sand",
            "--png-compression",
            "high",
            "--out",
        ])
        .arg(&target)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Wait until the export is writing (its temporary file exists), then kill it mid-write.
    let start = Instant::now();
    while temporaries(dir.path()) == 0 {
        assert!(
            child.try_wait().unwrap().is_none(),
            "the export finished before it could be killed; make it larger"
        );
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "no temporary file appeared"
        );
        std::thread::sleep(Duration::from_millis(2));
    }
    std::thread::sleep(Duration::from_millis(100));
    assert!(
        child.try_wait().unwrap().is_none(),
        "still writing when killed"
    );
    child.kill().unwrap();
    let status = child.wait().unwrap();
    assert!(!status.success());
    assert!(!target.exists(), "a partial file is at the target path");
    // Only the hidden temporary file can remain; nothing else was created.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names
            .iter()
            .all(|n| n.starts_with(".designprogram-") && n.ends_with(".part")),
        "{names:?}"
    );
}
