//! Every interface string of the site, in Spanish (the lecture's language), kept in one place
//! so that an English version can follow.

/// Site name.
pub const SITE: &str = "Generativa";
/// Subtitle under the site name.
pub const SUBTITLE: &str = "Semana 14 · Autoencoders y GANs";
/// Table of contents heading.
pub const TOC: &str = "Índice";
/// Previous-page button.
pub const PREV: &str = "← Anterior";
/// Next-page button.
pub const NEXT: &str = "Siguiente →";
/// Hint about keyboard navigation.
pub const KEYS_HINT: &str = "Usa las flechas ← y → del teclado para cambiar de sección.";
/// Not-found page title.
pub const NOT_FOUND_TITLE: &str = "Esa sección no existe";
/// Not-found page text.
pub const NOT_FOUND_TEXT: &str = "La dirección no corresponde a ninguna sección de la clase. Elige una del índice.";
/// Link back to the start.
pub const BACK_HOME: &str = "Ir a la agenda";
/// Menu button (small screens).
pub const MENU: &str = "Índice";

/// Badge while the engine loads.
pub const BADGE_LOADING: &str = "Motor: cargando…";
/// Badge while the backend is being chosen.
pub const BADGE_CHOOSING: &str = "Motor: eligiendo backend…";
/// Badge when the engine failed.
pub const BADGE_FAILED: &str = "Motor: no disponible";
/// Badge: WebGPU.
pub const BADGE_WEBGPU: &str = "WebGPU";
/// Badge: CPU.
pub const BADGE_CPU: &str = "CPU";
/// Suffix when the choice was forced.
pub const FORCED: &str = "forzado";

/// Reason: forced CPU.
pub const WHY_FORCED: &str = "se pidió la CPU (?backend=cpu)";
/// Reason: no navigator.gpu.
pub const WHY_NO_GPU_API: &str = "este navegador no ofrece WebGPU (no hay navigator.gpu)";
/// Reason: no adapter.
pub const WHY_NO_ADAPTER: &str = "WebGPU no encontró ningún adaptador";
/// Reason: software adapter.
pub const WHY_SOFTWARE: &str = "solo hay un adaptador por software";
/// Why a software adapter means CPU.
pub const WHY_SOFTWARE_DETAIL: &str = "en un adaptador por software (como SwiftShader) el backend de CPU resultó unas 50 veces más rápido";
/// Reason: device request failed.
pub const WHY_DEVICE_FAILED: &str = "falló la petición del dispositivo WebGPU";

/// Engine download label.
pub const ENGINE_DOWNLOADING: &str = "Descargando el motor de entrenamiento";
/// Engine compile label.
pub const ENGINE_STARTING: &str = "Iniciando el motor…";
/// Engine failure.
pub const ENGINE_FAILED: &str = "El motor de entrenamiento no pudo iniciar";
/// Note that text does not wait for the engine.
pub const ENGINE_TEXT_FIRST: &str = "El texto de la clase ya está disponible; el motor se carga aparte.";

/// Diagnostics page title.
pub const DIAG_TITLE: &str = "Diagnóstico del motor";
/// Diagnostics intro.
pub const DIAG_INTRO: &str = "Al arrancar, el motor hace una cuenta pequeña con respuesta conocida en el backend elegido: un producto de matrices y su gradiente por retropropagación. Si coincide, el backend calcula bien.";
/// Backend heading.
pub const DIAG_BACKEND: &str = "Backend";
/// Computation heading.
pub const DIAG_COMPUTATION: &str = "Cálculo de prueba";
/// Result ok.
pub const DIAG_OK: &str = "correcto";
/// Result wrong.
pub const DIAG_WRONG: &str = "INCORRECTO";
/// Waiting for the computation.
pub const DIAG_RUNNING: &str = "calculando… (en WebGPU la primera vez se compilan los kernels)";
/// How to force a backend.
pub const DIAG_FORCE: &str = "Forzar backend para esta sesión del navegador:";
/// Auto option.
pub const DIAG_AUTO: &str = "automático";
/// Adapter label.
pub const DIAG_ADAPTER: &str = "Adaptador WebGPU";
/// Requested label.
pub const DIAG_REQUESTED: &str = "Pedido";
/// Expected label.
pub const DIAG_EXPECTED: &str = "esperado";
/// Time label.
pub const DIAG_TIME: &str = "tiempo";

/// Data panel title.
pub const DATA_TITLE: &str = "Datos: Fashion-MNIST";
/// Data panel intro.
pub const DATA_INTRO: &str = "70 000 imágenes de ropa de 28 × 28 píxeles en escala de grises (60 000 de entrenamiento y 10 000 de prueba). Se descargan de este mismo sitio, se descomprimen y se verifican con SHA-256 dentro del navegador, y quedan guardadas para la próxima visita.";
/// Load button.
pub const DATA_LOAD: &str = "Cargar Fashion-MNIST";
/// Retry button.
pub const DATA_RETRY: &str = "Reintentar";
/// Forget button.
pub const DATA_FORGET: &str = "Borrar la copia guardada";
/// Verifying.
pub const DATA_VERIFYING: &str = "Descomprimiendo y verificando (SHA-256)…";
/// Verified label.
pub const DATA_VERIFIED: &str = "verificadas";
/// From storage label.
pub const DATA_FROM_CACHE: &str = "desde el almacenamiento del navegador";
/// From network label.
pub const DATA_FROM_NETWORK: &str = "descargadas del sitio";
/// Failure prefix.
pub const DATA_FAILED: &str = "No se pudieron cargar los datos";
/// Forgotten.
pub const DATA_FORGOTTEN: &str = "Copia guardada borrada; la próxima carga descargará de nuevo.";
/// Waiting for the engine.
pub const DATA_WAIT_ENGINE: &str = "Esperando al motor…";
/// Training images.
pub const DATA_TRAIN: &str = "entrenamiento";
/// Test images.
pub const DATA_TEST: &str = "prueba";
/// Images.
pub const DATA_IMAGES: &str = "imágenes";

/// Footer.
pub const FOOTER: &str = "Generativa · Rust + WebAssembly (burn 0.22, Leptos 0.8). Todo se calcula en tu navegador.";
/// Engine status link.
pub const DIAG_LINK: &str = "Diagnóstico";
