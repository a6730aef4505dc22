// The messages are embedded at build time by `fluent_templates::static_loader!`, which does not
// tell cargo about the files: rebuild when anything under frontend/locales changes (a directory
// is scanned whole).
fn main() {
    println!("cargo:rerun-if-changed=../../frontend/locales");
}
