//! Small key-value persistence in the browser's local storage.
//!
//! Used for the language choice and unfinished form input, so a reload or a
//! crash of the window loses nothing. The desktop case store (SQLite) comes later
//! behind the same calls.

const PREFIX: &str = "ret-og-frist.";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn load_string(key: &str) -> Option<String> {
    storage()?.get_item(&format!("{PREFIX}{key}")).ok().flatten()
}

pub fn save_string(key: &str, value: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(&format!("{PREFIX}{key}"), value);
    }
}

pub fn remove(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(&format!("{PREFIX}{key}"));
    }
}

/// Load a JSON value saved with [`save_json`]; a damaged entry is ignored.
pub fn load_json<T: serde::de::DeserializeOwned>(key: &str) -> Option<T> {
    serde_json::from_str(&load_string(key)?).ok()
}

pub fn save_json<T: serde::Serialize>(key: &str, value: &T) {
    if let Ok(s) = serde_json::to_string(value) {
        save_string(key, &s);
    }
}

/// Remove everything this app keeps in local storage ("delete everything":
/// cases, drafts, answers). The chosen language is a setting, not personal
/// data, and stays: the screen promises to remove "sager, kladder og udfyldte
/// svar", and an Arabic reader should not be dropped into Danish.
pub fn clear_all() {
    if let Some(s) = storage() {
        let n = s.length().unwrap_or(0);
        let kept = format!("{PREFIX}lang");
        let keys: Vec<String> = (0..n)
            .filter_map(|i| s.key(i).ok().flatten())
            .filter(|k| k.starts_with(PREFIX) && *k != kept)
            .collect();
        for k in keys {
            let _ = s.remove_item(&k);
        }
    }
}
