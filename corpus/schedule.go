package corpus

import (
	"context"
	"net/url"
	"strings"
	"sync"
	"time"
)

// scheduler hands jobs to the workers: at most one job per host at a time,
// and among the hosts with work, the one whose politeness pause ends first.
// A worker thus never sits waiting on a host while another host is ready;
// the gate in the transport still enforces the pause for every request.
type scheduler struct {
	mu      sync.Mutex
	gate    *gate
	hosts   map[string]*hostQueue
	order   []*hostQueue
	pending int
	active  int
	wake    chan struct{}
}

type hostQueue struct {
	host string
	jobs []job
	head int
	busy bool
}

func newScheduler(g *gate) *scheduler {
	return &scheduler{gate: g, hosts: map[string]*hostQueue{}, wake: make(chan struct{})}
}

// jobHost is the host a job's requests go to, as the gate keys it.
func jobHost(raw string) string {
	if u, err := url.Parse(raw); err == nil {
		return strings.ToLower(u.Host)
	}
	return ""
}

func (s *scheduler) queue(host string) *hostQueue {
	q := s.hosts[host]
	if q == nil {
		q = &hostQueue{host: host}
		s.hosts[host] = q
		s.order = append(s.order, q)
	}
	return q
}

// signal wakes every waiting worker; the state changed.
func (s *scheduler) signal() {
	close(s.wake)
	s.wake = make(chan struct{})
}

// push queues jobs at the end of their hosts' queues.
func (s *scheduler) push(jobs ...job) {
	if len(jobs) == 0 {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, j := range jobs {
		q := s.queue(jobHost(j.URL))
		q.jobs = append(q.jobs, j)
		s.pending++
	}
	s.signal()
}

// retry puts a job back at the front of its host's queue.
func (s *scheduler) retry(j job) {
	s.mu.Lock()
	defer s.mu.Unlock()
	q := s.queue(jobHost(j.URL))
	if q.head > 0 {
		q.head--
		q.jobs[q.head] = j
	} else {
		q.jobs = append([]job{j}, q.jobs...)
	}
	s.pending++
	s.signal()
}

// next waits for a job a worker may start now. ok is false when there is
// nothing left to do (no job queued, none running that could queue more) or
// ctx is done.
func (s *scheduler) next(ctx context.Context) (job, bool) {
	for {
		s.mu.Lock()
		if ctx.Err() != nil || s.pending == 0 && s.active == 0 {
			s.mu.Unlock()
			return job{}, false
		}
		now := time.Now()
		var best *hostQueue
		var bestAt time.Time
		for _, q := range s.order {
			if q.busy || q.head == len(q.jobs) {
				continue
			}
			at := s.gate.readyAt(q.host)
			if nb := q.jobs[q.head].notBefore; nb.After(at) {
				at = nb
			}
			if best == nil || at.Before(bestAt) {
				best, bestAt = q, at
			}
		}
		if best != nil && !bestAt.After(now) {
			j := best.jobs[best.head]
			best.jobs[best.head] = job{}
			best.head++
			if best.head == len(best.jobs) {
				best.jobs, best.head = best.jobs[:0], 0
			} else if best.head > 1024 && best.head*2 > len(best.jobs) {
				best.jobs = append([]job(nil), best.jobs[best.head:]...)
				best.head = 0
			}
			best.busy = true
			s.pending--
			s.active++
			s.mu.Unlock()
			return j, true
		}
		wake := s.wake
		s.mu.Unlock()
		var timer *time.Timer
		var tc <-chan time.Time
		if best != nil {
			timer = time.NewTimer(bestAt.Sub(now))
			tc = timer.C
		}
		select {
		case <-wake:
		case <-tc:
		case <-ctx.Done():
		}
		if timer != nil {
			timer.Stop()
		}
	}
}

// done frees the host of a job a worker finished (or gave back).
func (s *scheduler) done(j job) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if q := s.hosts[jobHost(j.URL)]; q != nil {
		q.busy = false
	}
	s.active--
	s.signal()
}

// left is the number of jobs still queued.
func (s *scheduler) left() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.pending
}
