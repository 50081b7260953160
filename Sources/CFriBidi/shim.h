// GNU FriBidi for Swift: the header plus what Swift cannot import with the right type (the
// paragraph directions are mask expressions, imported as plain integers).
#include <fribidi.h>

/// A left-to-right paragraph, whatever its text.
static inline FriBidiParType loyalty_fribidi_par_ltr(void) { return FRIBIDI_PAR_LTR; }

/// A right-to-left paragraph, whatever its text.
static inline FriBidiParType loyalty_fribidi_par_rtl(void) { return FRIBIDI_PAR_RTL; }

/// A paragraph whose direction is its first strong character's (left to right when it has none).
static inline FriBidiParType loyalty_fribidi_par_on(void) { return FRIBIDI_PAR_ON; }

/// Whether the code point can change the order of a left-to-right line: a right-to-left letter,
/// an Arabic number, or an explicit embedding, override or isolate.
static inline int loyalty_fribidi_moves_ltr_text(FriBidiChar c) {
    FriBidiCharType type = fribidi_get_bidi_type(c);
    return FRIBIDI_IS_RTL(type) || FRIBIDI_IS_EXPLICIT(type) || FRIBIDI_IS_ISOLATE(type) || FRIBIDI_IS_ARABIC(type);
}
