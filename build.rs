//! Rebuild when the embedded demonstration manual changes (include_dir cannot tell cargo by itself).
fn main() {
    println!("cargo:rerun-if-changed=manual");
}
