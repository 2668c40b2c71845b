'use client';

export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div className="state" role="alert">
      <h1>データを読み込めませんでした</h1>
      <p>The data could not be loaded. {error.digest ? `(ref ${error.digest})` : ''}</p>
      <button type="button" onClick={reset}>
        再読み込み Retry
      </button>
    </div>
  );
}
