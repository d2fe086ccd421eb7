<?php

Route::get('/', 'HomeController@index');
Route::get('/auth/adobe', 'Auth\AdobeSignInController@redirect')->name('adobe.signin');
Route::get('/auth/adobe/callback', 'Auth\AdobeSignInController@callback');

Route::middleware('auth')->group(function () {
    Route::get('/dashboard', 'DashboardController@index');
    Route::get('/assets/search', 'AssetSearchController@search');
});
