import '@fontsource/noto-sans-jp/400.css';
import '@fontsource/noto-sans-jp/700.css';
import './globals.css';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';

export const metadata: Metadata = {
  title: '自治体事業の成果とコスト | Municipal program performance',
  description:
    '市区町村の事業の KPI、費用、評価を出典とともに比較する。KPIs, costs and evaluations of municipal programs, with their sources.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ja">
      <body>
        <header className="site-header">
          <a href="/" className="site-title">
            自治体事業の成果とコスト
            <span className="site-title-en">Municipal program performance</span>
          </a>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
