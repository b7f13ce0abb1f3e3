package testmain

import (
	"slices"
	"testing"
)

func TestMain(m *testing.M) { Exit(m.Run()) }

func TestSample(t *testing.T) {
	in := make([]int, 10)
	for i := range in {
		in[i] = i
	}
	for _, tc := range []struct {
		n        int
		wantRace []int
	}{
		{4, []int{0, 2, 5, 7}},
		{5, []int{0, 2, 4, 6, 8}},
		{10, in},
		{20, in},
		{0, in},
	} {
		want := in
		if Race {
			want = tc.wantRace
		}
		if got := Sample(in, tc.n); !slices.Equal(got, want) {
			t.Errorf("Sample(0..9, %d) with Race %v: got %v, want %v", tc.n, Race, got, want)
		}
	}
}
