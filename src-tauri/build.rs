fn main() {
    // Declaring the app's commands makes each one need an explicit permission in
    // capabilities/, so the window can call nothing it was not granted.
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(&[
            "save_pdf",
            "cases_all",
            "case_save",
            "case_delete",
            "cases_delete_all",
            "case_export",
            "case_import",
            "rules_set_active",
        ])),
    )
    .expect("tauri build script");
}
