import { Hono } from 'hono';

export interface Env {
	DB: D1Database;
	ASSETS: Fetcher;
}

const app = new Hono<{ Bindings: Env }>();
app.get('/api/health', (c) => c.json({ ok: true }));

export default app;
