//! Save and load a run, the same in every lab: "Guardar" downloads the run as a checkpoint file
//! (named after the model and its progress); "Cargar" (a button, or a file dropped on the box)
//! sends a file to the engine, which checks it completely before replacing the run. A refused
//! file is answered in the run's error box and the run the student had stays as it was.

use generativa_core::run::MAX_CHECKPOINT_BYTES;
use generativa_protocol::{RunCommand, StoredRun};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::engine::use_engine;
use crate::i18n::{english, pick};
use crate::strings;

/// The note's first word while a file is on its way (the engine's answer replaces it).
struct Loading {
    es: &'static str,
    en: &'static str,
}

impl Loading {
    fn pick(&self) -> &'static str {
        pick(self.es, self.en)
    }
    /// Whether a note is a "loading" one, in either language (the language may change meanwhile).
    fn starts(&self, note: &str) -> bool {
        note.starts_with(self.es) || note.starts_with(self.en)
    }
}

const LOADING: Loading = Loading {
    es: "Cargando",
    en: "Loading",
};

/// "hace 5 min", "a las 10:42" of a stored run.
fn when(saved_ms: f64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(saved_ms));
    format!("{:02}:{:02}", date.get_hours(), date.get_minutes())
}

/// Reads a chosen or dropped file and hands its bytes to the engine.
fn send_file(model: &'static str, file: web_sys::File, note: RwSignal<Option<String>>) {
    let engine = use_engine();
    let size = file.size();
    if size > MAX_CHECKPOINT_BYTES as f64 {
        let (name, mb) = (file.name(), size / 1e6);
        note.set(Some(if english() {
            format!("«{name}» weighs {mb:.0} MB: no checkpoint of this site is that large; it was not loaded.")
        } else {
            format!("«{name}» pesa {mb:.0} MB: ningún punto de control de este sitio es tan grande; no se cargó.")
        }));
        return;
    }
    note.set(Some(format!("{} «{}»…", LOADING.pick(), file.name())));
    wasm_bindgen_futures::spawn_local(async move {
        match JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => engine.load(model, buffer.unchecked_into()),
            Err(_) => note.set(Some(format!(
                "{} «{}» {}",
                pick("no se pudo leer", "could not read"),
                file.name(),
                pick("del disco; nada cambió.", "from the disk; nothing changed.")
            ))),
        }
    });
}

/// The controls.
#[component]
pub fn RunFile(
    /// The model id of the run.
    model: &'static str,
    /// Whether there is a run to save (and the engine is free to save it).
    #[prop(into)]
    can_save: Signal<bool>,
    /// Whether a file can be loaded now (e.g. the data set is loaded).
    #[prop(into)]
    can_load: Signal<bool>,
    /// Called before a file is sent (e.g. to pause training).
    before_load: Callback<()>,
    /// `data-testid` prefix: `-save`, `-load`, `-drop`, `-file-note`.
    testid: &'static str,
) -> impl IntoView {
    let engine = use_engine();
    let note = RwSignal::new(None::<String>);
    let dragging = RwSignal::new(false);
    let saved = move || {
        engine.saved.with(|s| {
            s.as_ref()
                .filter(|(m, _)| m == model)
                .map(|(_, file)| file.clone())
        })
    };
    // The engine's answer to a file sent: the "loading" note gives way to the outcome (a
    // refusal is worded in the run's error box).
    Effect::new(move |_| {
        if let Some((m, ok, _)) = engine.loaded.get()
            && m == model
            && note.with_untracked(|n| n.as_ref().is_some_and(|n| LOADING.starts(n)))
        {
            note.set(ok.then(|| {
                pick(
                    "Cargado: el entrenamiento sigue desde donde se guardó.",
                    "Loaded: the training goes on from where it was saved.",
                )
                .to_owned()
            }));
        }
    });
    let take = move |file: Option<web_sys::File>| {
        if let Some(file) = file {
            before_load.run(());
            send_file(model, file, note);
        }
    };
    let on_change = move |e: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&e);
        take(input.files().and_then(|f| f.get(0)));
        input.set_value("");
    };
    let on_drop = move |e: leptos::ev::DragEvent| {
        e.prevent_default();
        dragging.set(false);
        if can_load.get_untracked() {
            take(
                e.data_transfer()
                    .and_then(|d| d.files())
                    .and_then(|f| f.get(0)),
            );
        }
    };
    view! {
        <div class="run-file" class:dragging=move || dragging.get() data-testid=format!("{testid}-drop")
            on:dragover=move |e: leptos::ev::DragEvent| { e.prevent_default(); dragging.set(true); }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop>
            <button class="secondary" data-testid=format!("{testid}-save") disabled=move || !can_save.get()
                on:click=move |_| { note.set(None); engine.run_command(model, RunCommand::Save); }>
                {strings::run_save()}
            </button>
            <label class="file-button" class:disabled=move || !can_load.get()>
                {strings::run_load()}
                <input type="file" accept=".ckpt" data-testid=format!("{testid}-load")
                    disabled=move || !can_load.get() on:change=on_change/>
            </label>
            <span class="drop-hint">{strings::run_drop()}</span>
            <p class="run-file-status" data-testid=format!("{testid}-file-note") aria-live="polite">
                {move || note.get().or_else(|| saved().map(|f| format!("{} «{f}».", strings::run_saved_as())))}
            </p>
            {move || engine.stored_run(model).map(|StoredRun { steps, epochs, saved_ms, in_page }| {
                let epochs = match (epochs, english()) {
                    (0, _) => String::new(),
                    (1, false) => ", 1 época".to_owned(),
                    (1, true) => ", 1 epoch".to_owned(),
                    (n, false) => format!(", {n} épocas"),
                    (n, true) => format!(", {n} epochs"),
                };
                let told = match (in_page, english()) {
                    (false, true) => format!("This browser keeps a training run of this model ({steps} steps{epochs}; at {}). ", when(saved_ms)),
                    (false, false) => format!("Este navegador guarda un entrenamiento de este modelo ({steps} pasos{epochs}; a las {}). ", when(saved_ms)),
                    // The storage refused it (full, or disabled as in some private modes).
                    (true, true) => format!("The browser would not store the training run (its storage is full or disabled), so this page holds it in memory until it is closed or reloaded ({steps} steps{epochs}; at {}). ", when(saved_ms)),
                    (true, false) => format!("El navegador no dejó guardar el entrenamiento (su almacenamiento está lleno o desactivado), así que esta página lo guarda en memoria hasta que se cierre o recargue ({steps} pasos{epochs}; a las {}). ", when(saved_ms)),
                };
                view! {
                    <p class="stored-run" data-testid=format!("{testid}-stored") data-steps=steps.to_string() data-in-page=in_page.to_string()>
                        {told}
                        <button class="small" data-testid=format!("{testid}-restore") disabled=move || !can_load.get()
                            on:click=move |_| { before_load.run(()); note.set(Some(format!("{} {}", LOADING.pick(), strings::run_loading_stored()))); engine.restore(model); }>
                            {strings::run_restore()}
                        </button>
                        " "
                        <button class="small secondary" data-testid=format!("{testid}-forget")
                            on:click=move |_| engine.forget(model)>
                            {strings::run_forget()}
                        </button>
                    </p>
                }
            })}
            <p class="run-file-status">
                {strings::run_kept_where()}
            </p>
        </div>
    }
}
