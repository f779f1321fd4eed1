//! The stamp of an Office file: `docProps/core.xml` and `docProps/app.xml` say which organisation's manual,
//! which version of it, what was asked and when the file was made, so a template in circulation can be traced
//! to its manual.

use crate::export::moment::Moment;
use crate::stamp::Stamp;

use super::opc::{Package, REL_APP, REL_CORE, Rels};
use super::xml::{DECLARATION, esc};

/// Adds the core and app properties to a package and their relationships to the package's `.rels`: the title,
/// the stamp (organisation, manual, version, request; [`Stamp::office_core`]) and the moment of export.
pub(crate) fn add(
    package: &mut Package,
    rels: &mut Rels,
    stamp: &Stamp,
    title: &str,
    moment: Moment,
) {
    let core = format!(
        r#"{DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{title}</dc:title>{stamp}<cp:lastModifiedBy>{generator}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">{now}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{now}</dcterms:modified></cp:coreProperties>"#,
        title = esc(title),
        stamp = stamp.office_core(),
        generator = esc(&stamp.generator),
        now = moment.iso(),
    );
    let app = format!(
        r#"{DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>designprogram</Application><Company>{org}</Company></Properties>"#,
        org = esc(&stamp.organisation),
    );
    package.part(
        "docProps/core.xml",
        "application/vnd.openxmlformats-package.core-properties+xml",
        core,
    );
    package.part(
        "docProps/app.xml",
        "application/vnd.openxmlformats-officedocument.extended-properties+xml",
        app,
    );
    rels.add(REL_CORE, "docProps/core.xml");
    rels.add(REL_APP, "docProps/app.xml");
}
