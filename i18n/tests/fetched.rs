//! The web build embeds only Danish and fetches the other languages' Fluent
//! files at run time (`Lang::sources`, `Texts::from_sources`): the file list
//! must match the locale folders, and fetched text must load like embedded text.

use ret_og_frist_i18n::{Lang, Texts, FILES};
use std::path::Path;

fn read(lang: Lang, name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales").join(lang.code()).join(format!("{name}.ftl"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn files_are_the_locale_folders_ui_files() {
    for lang in Lang::ALL {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales").join(lang.code());
        let mut found: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter_map(|n| n.strip_suffix(".ftl").map(str::to_string))
            .filter(|n| !(lang == Lang::Da && n == "breve"))
            .collect();
        found.sort();
        let mut want: Vec<String> = FILES.iter().map(|s| s.to_string()).collect();
        want.sort();
        assert_eq!(found, want, "{}: the .ftl files the web build fetches", lang.code());
        // Natively every language is embedded, file by file in FILES order.
        assert!(lang.embedded());
        for (i, name) in FILES.iter().enumerate() {
            assert_eq!(lang.sources()[i], read(lang, name), "{} {name}", lang.code());
        }
    }
}

#[test]
fn fetched_sources_give_the_same_texts_as_embedded_ones() {
    for lang in Lang::ALL {
        let fetched = Texts::from_sources(lang, FILES.iter().map(|n| read(lang, n)).collect()).unwrap();
        let embedded = Texts::new(lang);
        assert_eq!(fetched.lang(), lang);
        for id in ["app-title", "lang-label", "lang-load-failed"] {
            assert!(embedded.has(id), "{} lacks {id}", lang.code());
            assert_eq!(fetched.get(id), embedded.get(id), "{} {id}", lang.code());
        }
    }
}

#[test]
fn a_broken_fetched_file_is_an_error_naming_it() {
    let mut sources: Vec<String> = FILES.iter().map(|n| read(Lang::En, n)).collect();
    sources[2] = "broken = { $\n".to_string();
    let err = Texts::from_sources(Lang::En, sources).err().expect("does not parse");
    assert!(err.contains("locales/en/status.ftl"), "{err}");

    // The same id in two files (e.g. a half-updated server).
    let mut twice: Vec<String> = FILES.iter().map(|n| read(Lang::En, n)).collect();
    twice[1] = read(Lang::En, "main");
    let err = Texts::from_sources(Lang::En, twice).err().expect("duplicate ids");
    assert!(err.contains("locales/en/klage.ftl"), "{err}");
}
