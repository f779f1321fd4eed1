//! The `designprogram` binary: the desktop application, or a headless CLI with a subcommand.

fn main() -> std::process::ExitCode {
    designprogram::cli::main()
}
