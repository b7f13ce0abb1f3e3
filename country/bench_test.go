package country

import (
	"os"
	"testing"
)

func BenchmarkFind(b *testing.B) {
	fixture, err := os.ReadFile("testdata/japan-vietnam-foreign-ministers.txt")
	if err != nil {
		b.Fatal(err)
	}
	idx() // build the index outside the timings
	b.Run("seed", func(b *testing.B) {
		text := readShared(b, seedPath)
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			Find(text)
		}
	})
	b.Run("fixture", func(b *testing.B) {
		text := string(fixture)
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			Find(text)
		}
	})
}

func BenchmarkFindOrgs(b *testing.B) {
	text := readShared(b, seedPath)
	idx()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		FindOrgs(text)
	}
}

func BenchmarkLookup(b *testing.B) {
	idx()
	b.ReportAllocs()
	for b.Loop() {
		Lookup("Kingdom of Cambodia")
	}
}

func BenchmarkSuggest(b *testing.B) {
	idx()
	b.ReportAllocs()
	for b.Loop() {
		Suggest("cambodai")
	}
}

func BenchmarkBuildIndex(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		build()
	}
}
