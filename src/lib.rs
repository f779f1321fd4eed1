//! designprogram: Sønderborg Kommune's design programme as a library.
//!
//! The domain (manual model and loading, compliance, rendering, export) never names the GUI toolkit; the
//! desktop application lives in [`gui`] behind the default feature `gui`, and
//! `cargo build --lib --no-default-features` proves the boundary.

pub mod cli;
pub mod cobrand;
pub mod compliance;
pub mod document;
pub mod export;
pub mod i18n;
pub mod kit;
pub mod manual;
pub mod naming;
pub mod plan;
pub mod publish;
pub mod render;
pub mod request;
pub mod resolve;
pub mod search;
pub mod settings;
pub mod stamp;
pub mod template;

#[cfg(feature = "gui")]
pub mod gui;
