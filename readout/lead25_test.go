package readout

import "testing"

// TestNameCustoms: a principal's short name follows the custom of the
// person's country when the page itself does not show it (no part of
// the name written alone): the father's of two Spanish family names.
func TestNameCustoms(t *testing.T) {
	for _, c := range []struct {
		name, country, want string
	}{
		{"Rubén Ramírez Lezcano", "PY", "Ramírez"},
		{"Bruno Rodríguez Parrilla", "CU", "Rodríguez"},
		{"Carlos Ramiro Martínez Alvarado", "GT", "Martínez"},
		{"Luis Alberto Arce Catacora", "BO", "Arce"},
		{"José Manuel Albares", "ES", "Albares"},
		{"Alberto van Klaveren Stork", "CL", "van Klaveren"},
		{"Javier Martínez-Acha Vásquez", "PA", "Martínez-Acha"},
		{"Simeón Oyono Esono Angue", "GQ", "Oyono"},
		{"Juan Ramón de la Fuente", "MX", "de la Fuente"},
		{"Mario Lubetkin", "UY", "Lubetkin"},
		// Other countries keep the last family name.
		{"Mauro Luiz Iecker Vieira", "BR", "Vieira"},
		{"Penny Wong", "AU", "Wong"},
	} {
		text := "The Minister met " + c.name + " today."
		if got := shortName(c.name, text, customOf(c.country)); got != c.want {
			t.Errorf("shortName(%q) of %s = %q, want %q", c.name, c.country, got, c.want)
		}
	}
	// The page's own short form wins over the custom.
	if got := shortName("Rubén Ramírez Lezcano", "The Minister met Rubén Ramírez Lezcano. Minister Lezcano said.", customOf("PY")); got != "Lezcano" {
		t.Errorf("written alone: got %q, want Lezcano", got)
	}
}
