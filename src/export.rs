//! Export: from a request to a file. [`plan`] resolves the geometry that rendering, export and compliance share.

pub mod plan;
pub mod request;

pub use plan::{Plan, PlanError, plan};
pub use request::{Request, Subject, Target};
