//! The progressive GAN's interface strings, in Spanish and in English (the same macro as the
//! site's other strings: an entry without its English fails the build).

crate::strings::texts! {
    /// Training lab title.
    train_title:
        "Laboratorio: una GAN progresiva que crece en la pestaña",
        "Lab: a progressive GAN that grows in this tab";
    /// What the model is.
    model_hint:
        "Una GAN progresiva pequeña sobre Fashion-MNIST, rellenado a 32 × 32: empieza generando imágenes de 4 × 4 y crece a 8 × 8, 16 × 16 y 32 × 32; cada nivel nuevo entra con un fade-in. El generador tiene 32, 32, 16 y 8 mapas por nivel (el discriminador, los mismos en espejo) y codificaciones de 64 valores. Lleva las tres piezas de 1.37–1.39 y la tasa de aprendizaje igualada; entrena con Adam (0.001, β₁ 0, β₂ 0.99), como el artículo. Una diferencia honesta: el artículo usa la pérdida WGAN-GP, cuya penalización necesita gradientes de gradientes que burn 0.22 no tiene; aquí se usa la entropía cruzada binaria del resto de la clase. Las imágenes reales se muestran al lado del nivel (promediando bloques) y, durante un fade-in, mezcladas igual que las del generador.",
        "A small progressive GAN on Fashion-MNIST, padded to 32 × 32: it starts by generating 4 × 4 images and grows to 8 × 8, 16 × 16 and 32 × 32; each new level comes in with a fade-in. The generator has 32, 32, 16 and 8 maps per level (the discriminator mirrors them) and codings of 64 values. It has the three pieces of 1.37–1.39 and the equalised learning rate, and trains with Adam (0.001, β₁ 0, β₂ 0.99), as in the paper. One honest difference: the paper uses the WGAN-GP loss, whose penalty needs gradients of gradients, which burn 0.22 lacks; here it is the binary cross-entropy of the rest of the lecture. Real images are shown at the level's side (averaging blocks) and, during a fade-in, blended just as the generator's are.";
    /// Settings summary.
    settings: "Ajustes de la ejecución", "Run settings";
    /// Duration preset.
    preset: "Duración", "Length";
    /// Class preset.
    preset_class:
        "Clase: 16 000 imágenes por fase (unos 15–20 min)",
        "Class: 16,000 images per phase (about 15–20 min)";
    /// Tiny preset.
    preset_tiny:
        "Fases diminutas: 64 imágenes por fase (segundos)",
        "Tiny phases: 64 images per phase (seconds)";
    /// Custom preset.
    preset_custom: "A medida", "Custom";
    /// Images per phase field.
    phase_images: "Imágenes por fase", "Images per phase";
    /// Learning rate field.
    learning_rate: "Tasa de aprendizaje (Adam)", "Learning rate (Adam)";
    /// Minibatch std switch.
    std_switch:
        "Desviación estándar del minilote en D (1.38)",
        "Minibatch standard deviation in D (1.38)";
    /// Pixel norm switch.
    pixel_switch:
        "Normalización por píxel en G (1.39)",
        "Pixel normalisation in G (1.39)";
    /// Settings hint.
    settings_hint:
        "Una fase es un fade-in o una etapa estable; hay 7 (4 × 4 estable, y para 8, 16 y 32 un fade-in y una etapa estable). Casi todo el tiempo se va en 32 × 32: cada paso ahí cuesta unas 30 veces uno de 4 × 4.",
        "A phase is a fade-in or a stable stage; there are 7 (4 × 4 stable, then a fade-in and a stable stage for 8, 16 and 32). Almost all the time goes to 32 × 32: each step there costs about 30 times one at 4 × 4.";
    /// Start button.
    start: "Empezar a crecer", "Start growing";
    /// Finished label.
    finished: "Ya creció hasta 32 × 32", "Grown to 32 × 32";
    /// Level word.
    level: "nivel", "level";
    /// Fading phase.
    fading: "entrando, α", "fading in, α";
    /// Stable phase.
    stable: "estable", "stable";
    /// Images word.
    images: "imágenes", "images";
    /// Time left in the phase.
    phase_left: "quedan en esta fase", "left in this phase";
    /// Diagram title.
    diagram_title: "Cómo está la red ahora", "The network now";
    /// Diagram: generator row.
    diagram_generator: "Generador", "Generator";
    /// Diagram: discriminator row.
    diagram_discriminator: "Discriminador", "Discriminator";
    /// Diagram: maps.
    diagram_maps: "mapas", "maps";
    /// Diagram hint.
    diagram_hint:
        "Las capas nuevas se agregan al final del generador y al inicio del discriminador; las ya entrenadas siguen entrenándose. Un nivel en gris todavía no se usa; uno a medias está entrando con peso α.",
        "New layers are added at the end of the generator and at the start of the discriminator; the trained ones keep training. A grey level is not used yet; a half-filled one is fading in with weight α.";
    /// Level timing table caption.
    levels_title: "Tiempo por nivel", "Time per level";
    /// Column: side.
    col_side: "Nivel", "Level";
    /// Column: time.
    col_time: "Tiempo", "Time";
    /// Column: share.
    col_share: "Parte del total", "Share of the total";
    /// Pictures now.
    pictures_now: "Las 8 codificaciones fijas, ahora", "The 8 fixed codings, now";
    /// Pictures per level.
    pictures_levels:
        "Las mismas codificaciones al terminar cada nivel",
        "The same codings as each level ended";
    /// Pictures hint.
    pictures_hint:
        "Cada fila es el mismo generador dibujando las mismas 8 codificaciones a su tamaño de entonces, ampliadas al mismo ancho: primero manchas de 4 × 4, después siluetas, después detalles.",
        "Each row is the same generator drawing the same 8 codings at its size then, enlarged to one width: first 4 × 4 blobs, then silhouettes, then details.";
    /// Loss chart x axis.
    images_axis: "imágenes de entrenamiento", "training images";
    /// Judge heading.
    judge_title: "El juez, cuando la red termina de crecer", "The judge, once the network has grown";
    /// When the judged images were made.
    judge_moment:
        "con la red ya crecida (32 × 32, centro de 28 × 28)",
        "with the grown network (32 × 32, centre 28 × 28)";
    /// Judge hint.
    judge_hint:
        "El juez puntúa 2 000 imágenes del generador de 32 × 32, recortadas a 28 × 28 (el relleno se quita), al final del crecimiento.",
        "The judge scores 2,000 images of the 32 × 32 generator, cropped to 28 × 28 (the padding removed), at the end of the growth.";
    /// Needs a run.
    needs_run:
        "Empieza o carga una ejecución en el laboratorio de 1.35 (las fases diminutas bastan), o carga aquí la red de la clase ya crecida: esto se calcula con sus redes.",
        "Start or load a run in the lab of 1.35 (tiny phases are enough), or load the lecture's grown network right here: this is computed with its networks.";

    /// Fade lab title.
    fade_title: "Laboratorio: entrar y desvanecerse", "Lab: fading in";
    /// Level picker.
    fade_level: "Nivel que entra", "Level coming in";
    /// α slider.
    fade_alpha: "α (peso de la capa nueva)", "α (weight of the new layer)";
    /// Old path caption.
    fade_old:
        "original: el nivel anterior, sobremuestreado",
        "original: the previous level, upsampled";
    /// New path caption.
    fade_new: "nueva: la capa convolucional nueva", "new: the new convolutional layer";
    /// Blend caption.
    fade_blend: "salida = α · nueva + (1 − α) · original", "output = α · new + (1 − α) · original";
    /// Formula: output.
    out_word: "salida", "output";
    /// Formula: new.
    new_word: "nueva", "new";
    /// Formula: original.
    old_word: "original", "original";
    /// Use the run's α.
    fade_use_run: "Usar el α de la ejecución", "Use the run's α";
    /// Fade hint.
    fade_hint:
        "Son las 8 codificaciones fijas por las dos rutas del generador en vivo. Con α = 0 la salida es exactamente la red de antes de crecer; con α = 1, solo la capa nueva. Durante el entrenamiento α sube de 0 a 1 a lo largo de la fase de fade-in; aquí lo mueves tú. Si la ejecución aún no llegó a ese nivel, la ruta nueva no está entrenada: se ve ruido.",
        "These are the 8 fixed codings through the live generator's two paths. At α = 0 the output is exactly the network before growing; at α = 1, only the new layer. During training α rises from 0 to 1 over the fade-in phase; here you move it. If the run has not reached that level yet, the new path is untrained: it shows noise.";

    /// Std lab title.
    std_title:
        "Laboratorio: la desviación estándar del minilote",
        "Lab: the minibatch standard deviation";
    /// Real batch.
    std_real: "16 imágenes reales (de prueba)", "16 real images (test set)";
    /// Generated batch.
    std_generated: "16 imágenes generadas", "16 generated images";
    /// Collapsed batch.
    std_collapsed:
        "una imagen generada, repetida 16 veces (colapso de modos)",
        "one generated image, repeated 16 times (mode collapse)";
    /// Refresh.
    std_refresh: "Calcular otra vez", "Compute again";
    /// Column: batch.
    std_batch: "Lote", "Batch";
    /// Column: value.
    std_value: "Valor que D recibe", "Value D receives";
    /// At stage.
    std_at: "con los mapas del último bloque de D, al nivel de la ejecución:", "from D's last block maps, at the run's level:";
    /// Layer off.
    std_off:
        "Esta ejecución no usa la capa (interruptor apagado): el valor se calcula igual, pero D no lo ve.",
        "This run does not use the layer (switch off): the value is computed all the same, but D does not see it.";
    /// Std hint.
    std_hint:
        "Para cada posición y canal se toma la desviación estándar a través de grupos de 4 imágenes del lote, √(varianza + 10⁻⁸), y se promedia todo en un número, que se agrega como un mapa más. Un lote de copias de la misma imagen no varía: da √10⁻⁸ = 0.0001. Si el generador colapsa, D lo nota en este número.",
        "For each position and channel, the standard deviation across groups of 4 images of the batch is taken, √(variance + 10⁻⁸), and everything is averaged into one number, appended as one more map. A batch of copies of one image does not vary: it gives √10⁻⁸ = 0.0001. If the generator collapses, D sees it in this number.";

    /// Pixel lab title.
    pixel_title: "Laboratorio: normalización por píxel", "Lab: pixelwise normalisation";
    /// Level picker.
    pixel_level: "Capa: la última convolución del nivel", "Layer: the last convolution of level";
    /// Before.
    pixel_before: "antes", "before";
    /// After.
    pixel_after: "después", "after";
    /// Vector caption.
    pixel_vector:
        "Los canales de la posición central, antes y después",
        "The channels of the centre position, before and after";
    /// RMS maps caption.
    pixel_rms:
        "RMS de cada posición (√ de la media de los cuadrados sobre los canales)",
        "RMS of each position (√ of the mean square over the channels)";
    /// RMS range.
    pixel_range: "de", "from";
    /// RMS range: to.
    pixel_to: "a", "to";
    /// Layer off.
    pixel_off:
        "Esta ejecución no normaliza (interruptor apagado): «después» muestra lo que haría la capa.",
        "This run does not normalise (switch off): «after» shows what the layer would do.";
    /// Pixel hint.
    pixel_hint:
        "Cada vector de canales se divide por su RMS: después, todas las posiciones tienen RMS 1, sea cual sea su tamaño antes. Así ninguna activación puede crecer sin control aunque el generador y el discriminador compitan con fuerza. Es para la primera codificación fija, en el generador en vivo.",
        "Each channel vector is divided by its RMS: afterwards every position has RMS 1, whatever its size before. So no activation can grow out of control even when the generator and the discriminator compete hard. It is for the first fixed coding, in the live generator.";
    /// The jump-ahead button.
    jump:
        "Saltar al final: cargar la GAN progresiva de la clase ya crecida a 32 × 32",
        "Skip to the end: load the lecture's progressive GAN, grown to 32 × 32";
    /// What the shipped run is.
    shipped_what:
        "el crecimiento entero de la clase (16 000 imágenes por fase, lote 16, semilla 42), con las imágenes de cada nivel y la nota del juez, hecho por el propio entrenador de este sitio en CPU con",
        "the whole class growth (16,000 images per phase, batch 16, seed 42), with each level's pictures and the judge's score, run by this site's own trainer on CPU with";
}
