package pipeline

import "time"

// SetArticleBudget sets how long into a cycle articles may be fetched.
func (p *Pipeline) SetArticleBudget(d time.Duration) { p.articleBudget = d }

// ArticleConcurrency is how many articles one poll fetches at once.
const ArticleConcurrency = articleConcurrency

// MaxNewPerPoll caps the new items one poll stores.
const MaxNewPerPoll = maxNewPerPoll
