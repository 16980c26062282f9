// Signs in through the real login form (whatever steps it grows) and prints the session cookies as
// a Cookie header, for scripts/security/security-scan.sh's scanners. Usage: node security-sign-in.mjs <base> <email> <password>
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const [base, email, password] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined),
  args: ["--no-sandbox"],
});
try {
  const page = await browser.newPage();
  await page.goto(`${base}/login`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByRole("navigation", { name: "Main" }).waitFor({ timeout: 30_000 });
  const cookies = await page.context().cookies(base);
  console.log(cookies.filter((c) => c.name.includes("authjs.session-token")).map((c) => `${c.name}=${c.value}`).join("; "));
} finally {
  await browser.close();
}
