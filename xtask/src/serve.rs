//! A tiny static file server for ui/dist on 127.0.0.1 only.
//!
//! Enough for a phone or browser on this machine to use the offline web build
//! when there is no display for the desktop window. GET and HEAD only.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};

const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
                   img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; \
                   base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

fn mime(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("json") => "application/json",
        Some("webmanifest") => "application/manifest+json",
        Some("png") => "image/png",
        Some("svg") => "image/svg+xml",
        Some("woff2") => "font/woff2",
        _ => "application/octet-stream",
    }
}

/// Map a request path to a file under `dist`, refusing anything that climbs out.
fn resolve(dist: &Path, url_path: &str) -> Option<PathBuf> {
    let clean = url_path.split(['?', '#']).next().unwrap_or("/");
    let rel = Path::new(clean.trim_start_matches('/'));
    if rel.components().any(|c| !matches!(c, Component::Normal(_))) {
        return None;
    }
    let p = if clean.ends_with('/') || clean.is_empty() { dist.join(rel).join("index.html") } else { dist.join(rel) };
    p.is_file().then_some(p)
}

fn handle(mut stream: TcpStream, dist: &Path) {
    let mut line = String::new();
    if BufReader::new(&stream).read_line(&mut line).is_err() {
        return;
    }
    let mut parts = line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    let (status, body, kind) = match (method, resolve(dist, target)) {
        ("GET" | "HEAD", Some(p)) => match std::fs::read(&p) {
            Ok(b) => ("200 OK", b, mime(&p)),
            Err(_) => ("500 Internal Server Error", b"read error".to_vec(), "text/plain"),
        },
        ("GET" | "HEAD", None) => ("404 Not Found", b"not found".to_vec(), "text/plain"),
        _ => ("405 Method Not Allowed", b"GET only".to_vec(), "text/plain"),
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\n\
         Content-Security-Policy: {CSP}\r\nX-Content-Type-Options: nosniff\r\n\
         Referrer-Policy: no-referrer\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    if method != "HEAD" {
        let _ = stream.write_all(&body);
    }
}

/// Serve ui/dist until interrupted. Port from `PORT`, else 8080, else any free one.
pub fn serve_dist(root: &Path) -> Result<(), String> {
    let dist = root.join("ui/dist");
    let wanted: u16 = std::env::var("PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(8080);
    let listener = TcpListener::bind(("127.0.0.1", wanted))
        .or_else(|_| TcpListener::bind(("127.0.0.1", 0)))
        .map_err(|e| format!("cannot listen on 127.0.0.1: {e}"))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    println!("\nRet og Frist (web build) is served at: http://{addr}/");
    println!("Open it in a browser on this machine. Press Ctrl+C to stop.");
    for stream in listener.incoming().flatten() {
        let dist = dist.clone();
        std::thread::spawn(move || handle(stream, &dist));
    }
    Ok(())
}
